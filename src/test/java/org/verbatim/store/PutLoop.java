package org.verbatim.store;

import java.nio.file.Path;
import org.verbatim.store.Pages.Parsed;

/**
 * The process {@link KillTest} kills: puts {@link Pages#numbered} pages 0, 1, 2... into the archive
 * named by its argument, and a changed version of every third one, printing {@code stored N}
 * after page N, until it is killed.
 */
final class PutLoop {

  public static void main(String[] args) {
    try (TranscriptStore store = TranscriptStore.openSqlite(Path.of(args[0]))) {
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
