package org.verbatim.store;

import org.verbatim.store.Pages.Parsed;

/**
 * The process {@link KillTest} kills: puts {@link Pages#numbered} pages 0, 1, 2... into the
 * database named by its arguments (JDBC URL, user, password; an empty one is none), and a changed
 * version of every third one, printing {@code stored N} after page N, until it is killed.
 */
final class PutLoop {

  public static void main(String[] args) {
    String user = args[1].isEmpty() ? null : args[1];
    String password = args[2].isEmpty() ? null : args[2];
    try (TranscriptStore store = TranscriptStore.open(args[0], user, password)) {
      for (int n = 0; n < KillTest.PAGES; n++) {
        Parsed page = Pages.numbered(n);
        store.put(page.page(), page.publication());
        if (n % 3 == 0) {
          Parsed changed = KillTest.changed(n);
          store.put(changed.page(), changed.publication());
        }
        System.out.println("stored " + n);
      }
    }
  }
}
