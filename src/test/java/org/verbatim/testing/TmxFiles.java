package org.verbatim.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.IWithProperties;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks TMX documents as others would read them: valid against the TMX 1.4b DTD (the JDK's
 * parser, validating, with {@code tmx14.dtd} resolved to the test resource and nothing else
 * loaded), and read by the Okapi Framework's TMX filter, a translation tool's reader.
 */
public final class TmxFiles {

  private static final String DTD = "/tmx/tmx14.dtd";

  /** A translation unit as Okapi reads it: the two texts and every property by type. */
  public record Unit(String source, String target, Map<String, String> properties) {}

  private TmxFiles() {}

  /**
   * Parses {@code tmx} with DTD validation on; fails with the first error, its line and column.
   * The document must name {@code tmx14.dtd} as its system id; any other external entity fails.
   */
  public static void validate(byte[] tmx) throws IOException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    factory.setNamespaceAware(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      var builder = factory.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        if (systemId == null || !systemId.endsWith("/tmx14.dtd") && !systemId.equals("tmx14.dtd")) {
          throw new SAXException("Only the TMX 1.4b DTD may be loaded, not: " + systemId);
        }
        InputStream dtd = TmxFiles.class.getResourceAsStream(DTD);
        if (dtd == null) {
          throw new IllegalStateException(DTD + " is not on the test class path");
        }
        InputSource source = new InputSource(dtd);
        source.setSystemId(systemId);
        return source;
      });
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      builder.parse(new ByteArrayInputStream(tmx));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's parser cannot validate: " + e.getMessage(), e);
    }
  }

  /** The translation units of {@code tmx}, in order, read with Okapi's TMX filter. */
  public static List<Unit> read(byte[] tmx, String sourceLanguage, String targetLanguage) {
    LocaleId source = LocaleId.fromString(sourceLanguage);
    LocaleId target = LocaleId.fromString(targetLanguage);
    List<Unit> units = new ArrayList<>();
    try (TmxFilter filter = new TmxFilter();
         RawDocument document = new RawDocument(new String(tmx, UTF_8), source, target)) {
      filter.open(document);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          ITextUnit unit = event.getTextUnit();
          Map<String, String> properties = new LinkedHashMap<>();
          add(unit, "", properties);
          add(unit.getSource(), sourceLanguage + ":", properties);
          add(unit.getTarget(target), targetLanguage + ":", properties);
          units.add(new Unit(unit.getSource().toString(), unit.getTarget(target).toString(),
              properties));
        }
      }
    }
    return units;
  }

  private static void add(IWithProperties from, String prefix, Map<String, String> to) {
    for (String name : from.getPropertyNames()) {
      to.put(prefix + name, from.getProperty(name).getValue());
    }
  }
}
