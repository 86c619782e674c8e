package org.verbatim.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

  @TempDir
  Path dir;

  @Test
  void walks_folders_recursively_for_pages_in_path_order_ignoring_other_files() throws Exception {
    write("b/2.txt", "two");
    write("b/1.html", "<p>one</p>");
    write("a.htm", "<p>a</p>");
    write("notes.md", "not a page");
    write("b/c/3.TXT", "three");

    assertThat(PageFiles.find(List.of(dir))).containsExactly(
        dir.resolve("a.htm"), dir.resolve("b/1.html"), dir.resolve("b/2.txt"),
        dir.resolve("b/c/3.TXT"));
  }

  @Test
  void reads_a_named_file_whatever_its_name_and_sniffs_html() throws Exception {
    Path html = write("page.dat", "\uFEFF  <!DOCTYPE html><html><p>x</p></html>");
    Path text = write("page.out", "24 February 201908:00");

    assertThat(PageFiles.find(List.of(html))).containsExactly(html);
    assertThat(PageFiles.read(html).format()).isEqualTo(RawPage.Format.HTML);
    assertThat(PageFiles.read(text).format()).isEqualTo(RawPage.Format.TEXT);
    assertThat(PageFiles.read(text).path()).isEqualTo(text.toString());
  }

  @Test
  void leaves_warc_files_named_or_in_folders_to_find_warcs() throws Exception {
    write("a.txt", "a");
    write("crawls/b.warc.gz", "");
    write("crawls/a.WARC", "");
    Path named = write("c.warc.gz", "");

    assertThat(PageFiles.find(List.of(dir, named))).containsExactly(dir.resolve("a.txt"));
    assertThat(PageFiles.findWarcs(List.of(dir, named))).containsExactly(dir.resolve("c.warc.gz"),
        dir.resolve("crawls/a.WARC"), dir.resolve("crawls/b.warc.gz"), named);
  }

  @Test
  void names_a_path_that_does_not_exist() {
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> PageFiles.find(List.of(missing)))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing + ": no such file or folder");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return file;
  }
}
