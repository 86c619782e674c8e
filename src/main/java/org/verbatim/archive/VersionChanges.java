package org.verbatim.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.verbatim.diff.TurnChange;
import org.verbatim.diff.VersionDiff;
import org.verbatim.model.Publication;
import org.verbatim.store.LaterVersion;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * What changed between the stored versions of a publication: the diff of any two, the changes
 * each version made, where a turn cited in an earlier version is now, and the publications whose
 * text changed last.
 *
 * <pre>{@code
 * VersionChanges changes = new VersionChanges(archive.store());
 * VersionDiff diff = changes.between("0123456789abcdef", 1, null);   // version 1 to the latest
 * TurnPlace now = changes.follow("0123456789abcdef", 1, 12);         // turn 12 of version 1
 * }</pre>
 *
 * Every answer is computed on request from the stored versions (about a millisecond a pair of
 * versions of 50 turns). Thread-safe as the store is.
 */
public final class VersionChanges {

  /** How many later versions {@link #latest} reads at most for each change it gives. */
  static final int SCANNED_PER_CHANGE = 10;

  private final TranscriptStore store;

  public VersionChanges(TranscriptStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Where turn {@code turn} of version {@code version} of a publication is in its latest version.
   *
   * @param id        the publication
   * @param version   the version the turn was cited in
   * @param turn      its number there
   * @param latest    the publication's latest version
   * @param now       its number (the first, when it was split) in the latest version, or null
   *                  when it was removed
   * @param removedIn the version that removed it, or null when it is still there
   */
  public record TurnPlace(String id, int version, int turn, int latest, Integer now,
      Integer removedIn) {}

  /**
   * A publication whose text changed, with that change.
   *
   * @param later the version that changed it
   * @param diff  its diff from the version before
   */
  public record Changed(StoredPublication later, VersionDiff diff) {}

  /**
   * The diff from version {@code from} to version {@code to} of publication {@code id}; a null
   * {@code to} is the latest version, a null {@code from} the version before {@code to} (or
   * {@code to} itself when it is the first).
   *
   * @throws NoSuchElementException naming the id, or the version and the versions there are,
   *                                when there is no such publication or version
   */
  public VersionDiff between(String id, Integer from, Integer to) {
    StoredPublication latest = latest(id);
    int later = to == null ? latest.version() : to;
    int earlier = from == null ? Math.max(1, later - 1) : from;
    Publication after = publication(latest, later);
    Publication before = publication(latest, earlier);
    return VersionDiff.between(earlier, before, later, after);
  }

  /**
   * For each version after the first, in order, its diff from the version before: what each
   * version changed. Empty for a publication of one version.
   *
   * @throws NoSuchElementException when there is no such publication
   */
  public List<VersionDiff> history(String id) {
    StoredPublication latest = latest(id);
    return chain(latest, 1);
  }

  /**
   * Where turn {@code turn} of version {@code version} of publication {@code id} is in the
   * latest version: followed from version to version, so that a turn keeps its identity through
   * every change (a split turn is followed to its first part, merged turns to the turn that holds
   * them), or the version that removed it.
   *
   * @throws NoSuchElementException   when there is no such publication or version
   * @throws IllegalArgumentException when that version has no such turn
   */
  public TurnPlace follow(String id, int version, int turn) {
    List<TurnPlace> places = followAll(id, version);
    if (turn < 1 || turn > places.size()) {
      throw new IllegalArgumentException("Version " + version + " of publication '" + id
          + "' has no turn " + turn + ": its turns are 1 to " + places.size());
    }
    return places.get(turn - 1);
  }

  /**
   * Where every turn of version {@code version} of publication {@code id} is in the latest
   * version, in order: {@link #follow} for each.
   *
   * @throws NoSuchElementException when there is no such publication or version
   */
  public List<TurnPlace> followAll(String id, int version) {
    StoredPublication latest = latest(id);
    int count = publication(latest, version).turns().size();
    List<VersionDiff> chain = chain(latest, version);
    List<TurnPlace> out = new ArrayList<>(count);
    for (int turn = 1; turn <= count; turn++) {
      Integer at = turn;
      Integer removedIn = null;
      for (VersionDiff diff : chain) {
        TurnChange change = diff.moved(at);
        if (change.after().isEmpty()) {
          at = null;
          removedIn = diff.to();
          break;
        }
        at = change.after().get(0);
      }
      out.add(new TurnPlace(latest.id(), version, turn, latest.version(), at, removedIn));
    }
    return out;
  }

  /**
   * The publications whose text changed in a version stored from a page as ingested, the newest
   * change first, each with its newest such change, at most {@code count}. A version whose turns
   * say what the version before said (the page's bytes changed elsewhere) is no change, nor is a
   * re-read of the same bytes by a newer parser.
   */
  public List<Changed> latest(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("A count of changes is at least 1: " + count);
    }
    List<Changed> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (LaterVersion v : store.laterVersions(count * SCANNED_PER_CHANGE)) {
      if (out.size() == count) {
        break;
      }
      if (listed.contains(v.id())) {
        continue;
      }
      StoredPublication later = store.version(v.id(), v.number()).orElse(null);
      StoredPublication before = store.version(v.id(), v.number() - 1).orElse(null);
      if (later == null || before == null) { // cannot be while versions are never deleted
        throw new IllegalStateException("Publication '" + v.id() + "' lacks version "
            + (later == null ? v.number() : v.number() - 1) + " of its history");
      }
      VersionDiff diff = VersionDiff.between(before.version(), before.publication(),
          later.version(), later.publication());
      if (diff.textChanged()) {
        listed.add(v.id());
        out.add(new Changed(later, diff));
      }
    }
    return out;
  }

  /** The diffs of each version from {@code first} on with the next, up to the latest. */
  private List<VersionDiff> chain(StoredPublication latest, int first) {
    List<VersionDiff> out = new ArrayList<>();
    Publication before = publication(latest, first);
    for (int n = first + 1; n <= latest.version(); n++) {
      Publication after = publication(latest, n);
      out.add(VersionDiff.between(n - 1, before, n, after));
      before = after;
    }
    return out;
  }

  private StoredPublication latest(String id) {
    return store.publication(id).orElseThrow(() ->
        new NoSuchElementException("No publication with id '" + id + "' in the archive"));
  }

  /**
   * Version {@code number} of publication {@code id}.
   *
   * @throws NoSuchElementException naming the id, or the version and the versions there are
   */
  public StoredPublication version(String id, int number) {
    StoredPublication latest = latest(id);
    return number == latest.version() ? latest : stored(latest, number);
  }

  private Publication publication(StoredPublication latest, int number) {
    return number == latest.version() ? latest.publication()
        : stored(latest, number).publication();
  }

  private StoredPublication stored(StoredPublication latest, int number) {
    return store.version(latest.id(), number).orElseThrow(() -> new NoSuchElementException(
        "Publication '" + latest.id() + "' has no version " + number + ": its versions are 1"
            + (latest.version() == 1 ? "" : " to " + latest.version())));
  }
}
