package org.verbatim.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.HashMap;
import java.util.Map;

/**
 * The pages' templates ({@code src/main/jte}), compiled with the code at build time into this
 * package, so nothing is compiled at run time. Every {@code ${…}} in them is escaped for its HTML
 * context; the only unescaped output is a snippet passed through {@link Snippets#safe}.
 * Thread-safe.
 */
final class Templates {

  /** The publication page's compiled templates, whose bytes {@link #fingerprint} digests. */
  private static final java.util.List<String> PAGE_CLASSES =
      java.util.List.of("JtelayoutGenerated.class", "JtepublicationGenerated.class");
  private static final String FINGERPRINT = digest();

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.verbatim.web");
  private final String notice;

  /** @param notice a line shown on every page (a demo archive says it is synthetic), or null */
  Templates(String notice) {
    this.notice = notice;
  }

  /** Renders {@code template} ({@code publication.jte}) with one parameter. */
  byte[] render(String template, String param, Object value) {
    return render(template, Map.of(param, value));
  }

  byte[] render(String template, Map<String, Object> params) {
    // The templates' fixed markup is compiled as UTF-8 bytes (binaryStaticContent): only the
    // values are encoded per request, and no String of the whole page is made.
    Utf8ByteOutput out = new Utf8ByteOutput();
    Map<String, Object> all = new HashMap<>(params);
    all.put("notice", notice);
    engine.render(template, all, out);
    return out.toByteArray();
  }

  /** A digest of the publication page's compiled templates: it changes when their markup does. */
  static String fingerprint() {
    return FINGERPRINT;
  }

  private static String digest() {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (String name : PAGE_CLASSES) {
      try (java.io.InputStream in = Templates.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("The compiled template " + name
              + " is not on the class path beside " + Templates.class.getName());
        }
        in.transferTo(all);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("Could not read the compiled template " + name, e);
      }
    }
    return org.verbatim.internal.Hashes.sha256Hex(all.toByteArray()).substring(0, 12);
  }
}
