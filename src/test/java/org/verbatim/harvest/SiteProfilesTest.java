package org.verbatim.harvest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.harvest.SiteProfileTest.page;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.store.DocumentId;

/**
 * The shipped profiles, each read against a hand-written page in the shape of its site's
 * listing (invented titles and people), and an archive's own profiles beside them.
 */
class SiteProfilesTest {

  @TempDir
  Path archive;

  @Test
  void loads_every_shipped_profile_that_profiles_list_names() throws IOException {
    List<String> names = shippedNames();

    SiteProfiles profiles = SiteProfiles.load(archive);

    assertThat(names).containsExactly("fmprc-en", "govuk-speeches", "kremlin-en", "kremlin-ru",
        "mid-en", "mid-ru", "state-briefings", "un-briefings");
    assertThat(profiles.all()).extracting(SiteProfile::name).containsExactlyElementsOf(names);
    assertThat(profiles.all()).allSatisfy(p -> assertThat(p.origin()).isEqualTo("shipped"));
  }

  @Test
  void every_shipped_profile_starts_from_listings_that_are_not_documents() throws IOException {
    for (SiteProfile profile : SiteProfiles.load(archive).all()) {
      assertThat(profile.start()).as(profile.name()).isNotEmpty();
      for (URI start : profile.start()) {
        assertThat(profile.isListing(start)).as(start.toString()).isTrue();
        assertThat(profile.isDocument(start)).as(start.toString()).isFalse();
      }
      assertThat(profile.title()).as(profile.name()).isNotEqualTo(profile.name());
      assertThat(profile.language()).as(profile.name()).isIn("en", "ru");
    }
  }

  @Test
  void mid_en_reads_a_bitrix_listing_of_the_ministers_speeches() throws IOException {
    assertListing("mid-en", "https://mid.ru/en/press_service/minister_speeches/",
        List.of("https://mid.ru/en/press_service/minister_speeches/2301005/",
            "https://mid.ru/en/foreign_policy/news/2300987/",
            "https://www.mid.ru/en/press_service/minister_speeches/2300950"),
        List.of("https://mid.ru/en/press_service/minister_speeches/?PAGEN_1=2",
            "https://mid.ru/en/press_service/minister_speeches/?PAGEN_1=3"));
  }

  @Test
  void mid_ru_reads_a_bitrix_listing_of_the_spokespersons_briefings() throws IOException {
    assertListing("mid-ru", "https://mid.ru/ru/press_service/spokesman/briefings/",
        List.of("https://mid.ru/ru/press_service/spokesman/briefings/2301002/",
            "https://mid.ru/ru/press_service/spokesman/briefings/2300870/"),
        List.of("https://mid.ru/ru/press_service/spokesman/briefings/?PAGEN_1=2"));
  }

  @Test
  void kremlin_en_reads_transcripts_but_not_their_photos_nor_news() throws IOException {
    assertListing("kremlin-en", "http://en.kremlin.ru/events/president/transcripts",
        List.of("http://en.kremlin.ru/events/president/transcripts/90101",
            "http://en.kremlin.ru/events/president/transcripts/speeches/90099"),
        List.of("http://en.kremlin.ru/events/president/transcripts/page/2"));
  }

  @Test
  void kremlin_ru_reads_transcripts_on_its_own_host_only() throws IOException {
    assertListing("kremlin-ru", "http://kremlin.ru/events/president/transcripts",
        List.of("http://kremlin.ru/events/president/transcripts/90102",
            "http://kremlin.ru/events/president/transcripts/interviews/90098"),
        List.of("http://kremlin.ru/events/president/transcripts/page/2"));
  }

  @Test
  void state_briefings_reads_a_collection_of_press_briefings() throws IOException {
    assertListing("state-briefings", "https://www.state.gov/department-press-briefings/",
        List.of("https://www.state.gov/briefings/department-press-briefing-march-14-2031/",
            "https://www.state.gov/briefings/department-press-briefing-march-12-2031/"),
        List.of("https://www.state.gov/department-press-briefings/page/2/"));
  }

  @Test
  void fmprc_en_reads_regular_press_conferences_dated_in_their_file_names() throws IOException {
    assertListing("fmprc-en", "https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/",
        List.of("https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/203103/t20310314_11990001.html",
            "https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/203103/t20310313_11989876.html"),
        List.of("https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/index_1.html",
            "https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/index_2.html"));
  }

  @Test
  void un_briefings_reads_noon_briefings_but_not_meetings_coverage() throws IOException {
    assertListing("un-briefings", "https://press.un.org/en/noon-briefings",
        List.of("https://press.un.org/en/2031/db310314.doc.htm",
            "https://press.un.org/en/2031/db310313.doc.htm"),
        List.of("https://press.un.org/en/noon-briefings?page=1",
            "https://press.un.org/en/noon-briefings?page=463"));
  }

  @Test
  void govuk_speeches_reads_the_finder_and_a_speechs_translations() throws IOException {
    SiteProfile govuk = shipped("govuk-speeches");
    URI start = govuk.start().get(0);
    String speech = "https://www.gov.uk/government/speeches/"
        + "minister-elin-harrow-speech-at-the-invented-harbour-forum";

    assertListing("govuk-speeches", start.toString(),
        List.of(speech,
            "https://www.gov.uk/government/speeches/oral-statement-on-invented-river-crossings"),
        List.of(start + "&page=2"));
    List<URI> versions =
        govuk.languageVersions(URI.create(speech), page("govuk-speeches-document.html"));
    assertThat(versions).containsExactly(URI.create(speech + ".cy"), URI.create(speech + ".fr"));
    assertThat(versions).allSatisfy(v -> assertThat(govuk.isDocument(v)).isTrue());
  }

  @Test
  void profiles_without_language_links_find_no_language_versions() throws IOException {
    assertThat(shipped("mid-en").languageVersions(
        URI.create("https://mid.ru/en/foreign_policy/news/2300987/"),
        page("govuk-speeches-document.html"))).isEmpty();
  }

  @Test
  void finds_the_profile_of_a_document_and_its_content_selector() throws IOException {
    SiteProfiles profiles = SiteProfiles.load(archive);

    assertThat(profiles.forUrl("https://mid.ru/en/foreign_policy/news/2300987/"))
        .map(SiteProfile::name).contains("mid-en");
    assertThat(profiles.forUrl("http://kremlin.ru/events/president/transcripts/90102"))
        .map(SiteProfile::name).contains("kremlin-ru");
    assertThat(profiles.contentSelector("https://mid.ru/ru/foreign_policy/news/2300987/#top"))
        .isEqualTo("div.photo-content");
    assertThat(profiles.forUrl("https://mid.ru/en/press_service/minister_speeches/")).isEmpty();
    assertThat(profiles.forUrl("https://news.example.org/briefings/12.html")).isEmpty();
    assertThat(profiles.forUrl("not a web address")).isEmpty();
    assertThat(profiles.contentSelector("https://press.un.org/en/2031/db310314.doc.htm")).isNull();
  }

  @Test
  void tells_the_document_id_of_mid_and_kremlin_pages_the_same_in_both_languages()
      throws IOException {
    SiteProfiles profiles = SiteProfiles.load(archive);
    DocumentId mid = new DocumentId("mid.ru", "2300987");
    DocumentId kremlin = new DocumentId("kremlin.ru", "90102");

    assertThat(profiles.documentId("https://mid.ru/en/foreign_policy/news/2300987/"))
        .isEqualTo(mid);
    assertThat(profiles.documentId("https://www.mid.ru/ru/foreign_policy/news/2300987/"))
        .isEqualTo(mid);
    assertThat(profiles.documentId("https://mid.ru/foreign_policy/news/2300987/?lang=en"))
        .isEqualTo(mid);
    assertThat(profiles.documentId("https://mid.ru/ru/press_service/minister_speeches/2300987/"))
        .isEqualTo(mid);
    assertThat(profiles.documentId("http://en.kremlin.ru/events/president/transcripts/90102"))
        .isEqualTo(kremlin);
    assertThat(profiles.documentId(
        "http://kremlin.ru/events/president/transcripts/press_conferences/90102")).isEqualTo(kremlin);
    assertThat(profiles.documentId("http://www.kremlin.ru/events/president/news/90102/"))
        .isEqualTo(kremlin);
    assertThat(profiles.documentId("http://kremlin.ru/events/president/transcripts/page/2"))
        .isNull();
    assertThat(profiles.documentId("https://press.un.org/en/2031/db310314.doc.htm")).isNull();
    assertThat(profiles.documentId(null)).isNull();
  }

  @Test
  void finds_a_profile_in_the_archives_own_folder() throws IOException {
    Path file = write("briefings.json", """
        {"title": "An invented ministry's briefings",
         "start": ["https://news.example.org/briefings/"],
         "documents": "https://news[.]example[.]org/briefings/[0-9]+[.]html"}
        """);
    write("notes.txt", "not a profile");

    SiteProfiles profiles = SiteProfiles.load(archive);

    SiteProfile own = profiles.byName("briefings").orElseThrow();
    assertThat(own.origin()).isEqualTo(file.toString());
    assertThat(profiles.all()).extracting(SiteProfile::name).startsWith("briefings", "fmprc-en");
    assertThat(profiles.forUrl("https://news.example.org/briefings/12.html")).contains(own);
  }

  @Test
  void a_profile_of_the_archive_named_like_a_shipped_one_replaces_it() throws IOException {
    Path file = write("mid-en.json", """
        {"title": "The Minister's speeches, as this archive reads them",
         "hosts": ["mid.ru"],
         "start": ["https://mid.ru/en/press_service/minister_speeches/"],
         "documents": "https://mid[.]ru/en/press_service/minister_speeches/[0-9]+/"}
        """);

    SiteProfiles profiles = SiteProfiles.load(archive);

    SiteProfile mid = profiles.byName("mid-en").orElseThrow();
    assertThat(mid.title()).isEqualTo("The Minister's speeches, as this archive reads them");
    assertThat(mid.origin()).isEqualTo(file.toString());
    assertThat(profiles.all()).filteredOn(p -> p.name().equals("mid-en")).hasSize(1);
    assertThat(profiles.forUrl("https://mid.ru/en/foreign_policy/news/2300987/")).isEmpty();
  }

  @Test
  void names_the_file_of_a_profile_that_is_not_valid() throws IOException {
    Path file = write("briefings.json", """
        {"start": ["https://news.example.org/briefings/"], "documents": "x",
         "listing": {"maxPages": 0}}
        """);

    assertThatThrownBy(() -> SiteProfiles.load(archive))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile briefings (" + file + "): \"listing.maxPages\" must be a whole number"
            + " ≥ 1, not 0");
  }

  @Test
  void names_a_profile_file_that_is_not_utf_8() throws IOException {
    Path file = archive.resolve("profiles/briefings.json");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});

    assertThatThrownBy(() -> SiteProfiles.load(archive))
        .isInstanceOf(IOException.class)
        .hasMessage("The site profile " + file + " is not UTF-8 text");
  }

  private void assertListing(String name, String pageUrl, List<String> documents,
      List<String> listings) throws IOException {
    SiteProfile profile = shipped(name);

    SiteProfile.Links links = profile.listing(URI.create(pageUrl), page(name + "-listing.html"));

    assertThat(links.documents()).as("documents").map(URI::toString)
        .containsExactlyElementsOf(documents);
    assertThat(links.listings()).as("listings").map(URI::toString)
        .containsExactlyElementsOf(listings);
    assertThat(links.listings()).allSatisfy(l -> assertThat(profile.isListing(l)).isTrue());
  }

  private SiteProfile shipped(String name) throws IOException {
    return SiteProfiles.load(archive).byName(name).orElseThrow();
  }

  private Path write(String name, String text) throws IOException {
    Path file = archive.resolve(SiteProfiles.FOLDER).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return file;
  }

  private static List<String> shippedNames() throws IOException {
    try (InputStream in = SiteProfiles.class.getResourceAsStream("profiles/profiles.list")) {
      return new String(in.readAllBytes(), UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }
}
