package org.verbatim.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.archive.VersionChanges;
import org.verbatim.archive.VersionChanges.TurnPlace;
import org.verbatim.diff.VersionDiff;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.StoredVersion;

/**
 * What the publication page says of a publication's versions: each version with the turns it
 * changed, the versions that renumbered turns (a turn number cited before one of them meant
 * another turn), and, on an earlier version's page, where each of its turns is in the latest.
 *
 * @param lines every version, oldest first; empty for a publication of one version
 * @param notes on an earlier version's page, by turn number, where that turn is now
 */
record VersionHistory(List<Line> lines, Map<Integer, Note> notes) {

  static final VersionHistory NONE = new VersionHistory(List.of(), Map.of());
  private static final DateTimeFormatter STORED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * One version.
   *
   * @param number     its number
   * @param stored     when it was stored, to the minute ({@code 2026-12-03 20:17 UTC})
   * @param summary    the turns it changed ({@code edited 2; inserted 7}), or null for the first
   * @param href       its changes page, or null for the first
   * @param renumbered whether it moved a turn of the version before to another number
   */
  record Line(int number, String stored, String summary, String href, boolean renumbered) {}

  /**
   * Where a turn of an earlier version is in the latest.
   *
   * @param text what to say ({@code Now turn 13 of the latest version})
   * @param href where to read it
   */
  record Note(String text, String href) {}

  static VersionHistory of(VersionChanges changes, List<StoredVersion> versions,
      StoredPublication shown) {
    if (versions.size() < 2) {
      return NONE;
    }
    String page = "/p/" + Link.segment(shown.id());
    List<VersionDiff> diffs = changes.history(shown.id());
    List<Line> lines = new ArrayList<>();
    for (StoredVersion v : versions) {
      String stored = STORED.format(v.ingestedAt());
      if (v.number() == 1) {
        lines.add(new Line(1, stored, null, null, false));
        continue;
      }
      VersionDiff diff = diffs.get(v.number() - 2);
      lines.add(new Line(v.number(), stored, diff.summary(),
          page + "/changes?from=" + (v.number() - 1) + "&to=" + v.number(), diff.renumbered()));
    }
    Map<Integer, Note> notes = new HashMap<>();
    if (!shown.isLatest()) {
      for (TurnPlace place : changes.followAll(shown.id(), shown.version())) {
        notes.put(place.turn(), place.now() == null
            ? new Note("Removed in version " + place.removedIn() + ": see what changed",
                page + "/changes?from=" + (place.removedIn() - 1) + "&to=" + place.removedIn())
            : new Note(place.now() == place.turn()
                ? "Turn " + place.now() + " of the latest version"
                : "Now turn " + place.now() + " of the latest version", page + "#t" + place.now()));
      }
    }
    return new VersionHistory(lines, notes);
  }

  /** What to say of turn {@code number} on an earlier version's page, or null. */
  Note note(int number) {
    return notes.get(number);
  }

  /** The versions that renumbered turns, the latest first. */
  List<Line> renumbered() {
    return lines.stream().filter(Line::renumbered).toList().reversed();
  }
}
