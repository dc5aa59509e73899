package uk.inspectorate.interop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent, CPU-bound pieces of work (drawing charts, writing workbooks) on a few daemon
 * threads, and waits for all of them. Results come back in the order the work was given, so the
 * outputs are the same whatever order the threads finish in; the first failure is thrown as itself.
 */
public final class Parallel {
  /** A piece of work that may fail with an I/O error. */
  public interface Work<T> {
    T run() throws IOException;
  }

  private Parallel() {}

  /** The threads to use for {@code pieces} pieces of work: at most the processors and {@code most}. */
  public static int threads(int pieces, int most) {
    return Math.max(1, Math.min(Math.min(pieces, most), Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Runs every piece of work on {@code threads} threads.
   *
   * @param what what the work makes, for the message when it is interrupted: "the charts"
   */
  public static <T> List<T> run(String what, List<Work<T>> work, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), job -> {
      Thread thread = new Thread(job, what);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<T>> pending = new ArrayList<>();
      for (Work<T> piece : work) {
        pending.add(pool.submit(piece::run));
      }
      List<T> done = new ArrayList<>();
      for (Future<T> future : pending) {
        done.add(future.get());
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Cannot make " + what + ": interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException("Cannot make " + what + ": " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
