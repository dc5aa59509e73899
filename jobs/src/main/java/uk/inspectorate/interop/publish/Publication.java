package uk.inspectorate.interop.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Atomic publication of one assessment year. A run writes everything into its own folder
 * {@code <out>/.runs/<year>-<id>/}; only when the run is complete does {@code <out>/<year>}, a
 * symbolic link, switch to it, by renaming a new link over the old one (a single rename(2), so a
 * reader sees either the old publication or the new one, never a mix). A run that dies before
 * the switch leaves the previous publication as it was.
 */
public final class Publication {
  /** Earlier runs kept beside the current one, so that a bad publication can be rolled back by hand. */
  static final int RUNS_KEPT = 3;

  private final Path out;
  private final int year;
  private final Path runDir;

  private Publication(Path out, int year, Path runDir) {
    this.out = out;
    this.year = year;
    this.runDir = runDir;
  }

  /** Creates the run's staging folder under {@code <out>/.runs/}. */
  public static Publication begin(Path out, int year, String runId) throws IOException {
    Path runs = out.resolve(".runs");
    Files.createDirectories(runs);
    Path runDir = runs.resolve(year + "-" + runId);
    Files.createDirectory(runDir);
    return new Publication(out, year, runDir);
  }

  /** Where the run writes its outputs. */
  public Path runDir() {
    return runDir;
  }

  /** The published folder, {@code <out>/<year>}. */
  public Path target() {
    return out.resolve(String.valueOf(year));
  }

  /** Switches {@code <out>/<year>} to this run in one rename, then prunes old runs. */
  public void commit() throws IOException {
    Path target = target();
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target)) {
      // A plain folder (published by hand or by an older layout) cannot be replaced atomically:
      // keep it among the runs, once, and publish by link from then on.
      Files.move(target, out.resolve(".runs").resolve(year + "-preexisting-" + System.currentTimeMillis()));
    }
    Path link = out.resolve("." + year + ".link-" + runDir.getFileName());
    Files.deleteIfExists(link);
    try {
      Files.createSymbolicLink(link, out.relativize(runDir));
    } catch (FileAlreadyExistsException e) {
      throw new IOException("Cannot publish: " + link + " is in the way; remove it and run again", e);
    }
    Files.move(link, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    pruneOldRuns();
  }

  /** Removes the staging folder of a run that did not complete. */
  public void abandon() {
    deleteQuietly(runDir);
  }

  /**
   * Keeps this run and the {@code RUNS_KEPT - 1} finished runs before it. Only finished runs
   * (those with a manifest, the last file a run writes) are pruned, so a run of the same year
   * still in progress is never touched; a dead run's leftovers go once they are a day old.
   */
  private void pruneOldRuns() throws IOException {
    Path runs = out.resolve(".runs");
    List<Path> finished = new ArrayList<>();
    long dayAgo = System.currentTimeMillis() - 24L * 3600 * 1000;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(runs, year + "-*")) {
      for (Path dir : stream) {
        if (dir.equals(runDir)) {
          continue;
        }
        if (Files.exists(dir.resolve("manifest.json"))) {
          finished.add(dir);
        } else if (modified(dir) < dayAgo) {
          deleteQuietly(dir);
        }
      }
    }
    finished.sort(Comparator.comparing(Publication::modified).thenComparing(Path::getFileName).reversed());
    for (int i = RUNS_KEPT - 1; i < finished.size(); i++) {
      deleteQuietly(finished.get(i));
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Deletes a folder tree, best effort; used only on the project's own staging folders. */
  public static void deleteQuietly(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a leftover file in a dead run folder harms nothing
        }
      });
    } catch (IOException ignored) {
      // as above
    }
  }
}
