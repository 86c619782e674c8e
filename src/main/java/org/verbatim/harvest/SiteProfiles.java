package org.verbatim.harvest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.verbatim.store.DocumentId;

/**
 * The site profiles an archive can crawl with: those shipped with Verbatim and those in the
 * archive's own {@value #FOLDER} folder, one {@code NAME.json} file a site. A file there named
 * like a shipped profile replaces it, so a user can correct a profile when a site changes
 * without waiting for a release.
 *
 * <pre>{@code
 * SiteProfiles profiles = SiteProfiles.load(Path.of("archive"));
 * profiles.byName("kremlin-en");                       // a shipped profile, or the user's own
 * profiles.contentSelector("https://mid.ru/en/…");     // what to read on that page, or null
 * }</pre>
 *
 * <p>Immutable once loaded; safe to share between threads.
 */
public final class SiteProfiles {

  /** The folder inside an archive that holds the user's own profiles. */
  public static final String FOLDER = "profiles";

  /**
   * The shipped profiles' folder on the class path, with {@code profiles.list} naming them one a
   * line: a folder inside a jar cannot be listed.
   */
  private static final String SHIPPED = "profiles/";

  private final Map<String, SiteProfile> byName;

  private SiteProfiles(Map<String, SiteProfile> byName) {
    this.byName = byName;
  }

  /**
   * The shipped profiles, then every {@code *.json} file in {@code archiveDir/}{@value #FOLDER}
   * (other files there are ignored; the folder need not exist).
   *
   * @throws IllegalArgumentException when a profile is not valid, naming its file and what is
   *     wrong (see {@link SiteProfile#parse})
   * @throws IOException when the folder or a file cannot be read, or a file is not UTF-8
   */
  public static SiteProfiles load(Path archiveDir) throws IOException {
    Objects.requireNonNull(archiveDir, "archiveDir");
    Map<String, SiteProfile> profiles = new TreeMap<>();
    for (String name : shippedNames()) {
      profiles.put(name, SiteProfile.parse(name, resource(name + ".json"), "shipped"));
    }
    Path folder = archiveDir.resolve(FOLDER);
    if (Files.isDirectory(folder)) {
      List<Path> files;
      try (Stream<Path> list = Files.list(folder)) {
        files = list.filter(f -> f.getFileName().toString().endsWith(".json"))
            .filter(Files::isRegularFile).sorted().toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        profiles.put(name, SiteProfile.parse(name, readUtf8(file), file.toString()));
      }
    }
    return new SiteProfiles(profiles);
  }

  /** The profile of that name, shipped or the archive's own. */
  public Optional<SiteProfile> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The sites {@code targets} name, each once, in their order: a profile's name, or a URL of a
   * listing page, read with the profile whose start page or listing it is, else the generic
   * profile.
   *
   * @throws IllegalArgumentException naming a target that is no URL and no profile's name
   */
  public List<SiteProfile> resolve(List<String> targets) {
    List<SiteProfile> out = new ArrayList<>();
    for (String target : targets) {
      SiteProfile site;
      if (target.startsWith("http://") || target.startsWith("https://")) {
        URI uri;
        try {
          uri = URI.create(target);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Not a URL: " + target, e);
        }
        site = all().stream().filter(p -> p.start().contains(uri) || p.isListing(uri))
            .findFirst().orElseGet(() -> SiteProfile.generic(uri));
      } else {
        site = byName(target).orElseThrow(() -> new IllegalArgumentException(
            "No site profile '" + target + "': the profiles are "
                + all().stream().map(SiteProfile::name).toList()
                + " (or give a URL, or add ARCHIVE/" + FOLDER + "/" + target + ".json)"));
      }
      if (out.stream().noneMatch(s -> s.name().equals(site.name()))) {
        out.add(site);
      }
    }
    return out;
  }

  /** Every profile, in the order of their names. */
  public List<SiteProfile> all() {
    return List.copyOf(byName.values());
  }

  /**
   * The first profile, in the order of their names, that takes {@code url} for one of its
   * documents; empty for any other URL, also one that is not a web address.
   */
  public Optional<SiteProfile> forUrl(String url) {
    URI uri = Urls.toUri(url);
    if (uri == null) {
      return Optional.empty();
    }
    return byName.values().stream().filter(p -> p.isDocument(uri)).findFirst();
  }

  /**
   * The CSS selector of the element that holds the text of the document at {@code url}, or
   * null when no profile knows that page or its profile does not say.
   */
  public String contentSelector(String url) {
    return forUrl(url).map(SiteProfile::content).orElse(null);
  }

  /**
   * The site's own id of the document at {@code url}, by the first profile, in the order of their
   * names, whose {@code document.id} matches it; null when none does (also for a null URL). Two
   * pages with the same id are language versions of one publication.
   */
  public DocumentId documentId(String url) {
    for (SiteProfile profile : byName.values()) {
      DocumentId id = profile.documentId(url);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private static List<String> shippedNames() throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : resource("profiles.list").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return names;
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = SiteProfiles.class.getResourceAsStream(SHIPPED + file)) {
      if (in == null) {
        throw new IllegalStateException("The shipped profile file " + SHIPPED + file
            + " is not on the class path next to " + SiteProfiles.class.getName()
            + "; the build lost it");
      }
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException("The site profile " + file + " is not UTF-8 text", e);
    }
  }
}
