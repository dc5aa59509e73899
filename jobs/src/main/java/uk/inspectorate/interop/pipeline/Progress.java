package uk.inspectorate.interop.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line a stage on the console, with what it did and how long it took
 * ({@code ingest inventory: 4,213 rows, 12 rejected, 1.8 s}), also sent to the log.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private final PrintWriter out;
  private long started = System.nanoTime();

  public Progress(PrintWriter out) {
    this.out = out;
  }

  /** Starts timing the next stage. */
  public void start() {
    started = System.nanoTime();
  }

  /** Reports the stage that just finished and starts timing the next. */
  public void done(String stage, String what) {
    double seconds = (System.nanoTime() - started) / 1e9;
    String line = String.format(Locale.UK, "%s: %s, %.1f s", stage, what, seconds);
    out.println(line);
    out.flush();
    LOG.info(line);
    started = System.nanoTime();
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
