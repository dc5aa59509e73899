package uk.inspectorate.interop.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line a stage on the console, with what it did and how long it took
 * ({@code ingest inventory: 4,213 rows, 12 rejected, 1.8 s}), also sent to the log. Every stage
 * is timed here, so the timings are never kept by hand.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private final PrintWriter out;

  public Progress(PrintWriter out) {
    this.out = out;
  }

  /** A piece of a stage's work. */
  public interface Work<T> {
    T run() throws IOException;
  }

  /** What a piece of work made, and how long it took. */
  public record Timed<T>(T value, double seconds) {
    /** "2.1 s". */
    public String took() {
      return String.format(Locale.UK, "%.1f s", seconds);
    }
  }

  /** Runs a piece of work and times it. */
  public static <T> Timed<T> time(Work<T> work) throws IOException {
    long started = System.nanoTime();
    T value = work.run();
    return new Timed<>(value, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Runs a stage, then reports it in one line: its name, what it did in words (from what it
   * made) and how long it took.
   */
  public <T> T stage(String name, Work<T> work, Function<T, String> what) throws IOException {
    Timed<T> timed = time(work);
    say(name + ": " + what.apply(timed.value()) + ", " + timed.took());
    return timed.value();
  }

  public void say(String line) {
    out.println(line);
    out.flush();
    LOG.info(line);
  }

  /** 4213 as "4,213". */
  public static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
