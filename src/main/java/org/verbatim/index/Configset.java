package org.verbatim.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Solr configset kept in the repository under {@value #RESOURCE_DIR}: the same files serve the
 * embedded core and a SolrCloud collection.
 *
 * <p>{@link #VERSION} is part of the schema's name ({@code verbatim-2}); it changes whenever the
 * schema changes in a way that needs a reindex, so an index built with another configset can be
 * recognised ({@link Indexer#configsetVersion()}).
 */
public final class Configset {

  private Configset() {}

  /** The version of the configset in this build; the schema is named {@code verbatim-VERSION}. */
  public static final int VERSION = 3;

  /** The name of this build's configset in a SolrCloud cluster: {@code verbatim-VERSION}. */
  public static String name() {
    return nameOf(VERSION);
  }

  static String nameOf(int version) {
    return "verbatim-" + version;
  }

  static final String RESOURCE_DIR = "solr/configsets/verbatim/conf/";
  static final String SCHEMA_FILE = "managed-schema.xml";
  static final List<String> FILES = List.of("solrconfig.xml", SCHEMA_FILE);

  private static final Pattern SCHEMA_NAME = Pattern.compile("<schema name=\"verbatim-(\\d+)\"");

  /** Writes the configset's files into {@code confDir}, replacing what is there. */
  public static void copyTo(Path confDir) throws IOException {
    Files.createDirectories(confDir);
    for (String file : FILES) {
      Files.write(confDir.resolve(file), resource(file));
    }
  }

  /** The configset version of the schema in {@code confDir}, or -1 when there is none. */
  static int versionIn(Path confDir) throws IOException {
    Path schema = confDir.resolve(SCHEMA_FILE);
    if (!Files.exists(schema)) {
      return -1;
    }
    return versionOfSchemaName(Files.readString(schema, StandardCharsets.UTF_8));
  }

  /** The version in a schema text or a schema name ({@code verbatim-3} → 3); -1 when absent. */
  static int versionOfSchemaName(String text) {
    Matcher m = SCHEMA_NAME.matcher(text.startsWith("verbatim-") ? "<schema name=\"" + text + "\"" : text);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The configset's files as a zip archive, the form SolrCloud's configset upload takes. */
  static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : FILES) {
        zip.putNextEntry(new ZipEntry(file));
        zip.write(resource(file));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not zip the configset", e);
    }
    return bytes.toByteArray();
  }

  static byte[] resource(String file) {
    String name = RESOURCE_DIR + file;
    try (InputStream in = Configset.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The configset file " + name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the configset file " + name, e);
    }
  }
}
