package org.verbatim.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.verbatim.diff.Piece;

/**
 * The JSON shape of what the quote finder found, in one place for {@code quote --json} and the
 * web API: {@code {"quote","found","matches":[{"id","version","title","published","language",
 * "turn","label","speaker","role","score","start","end","text","source":[{"op","text"}],
 * "quote":[{"op","text"}],"link","citation","versions":[{"language","id","turns","confidence",
 * "text"}]}]}}. A source piece's op is {@code same} or {@code deleted}, a quote piece's
 * {@code same} or {@code inserted}. Thread-safe.
 */
public final class QuoteJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteJson() {}

  public static ObjectNode toTree(String quote, List<QuoteMatch> matches) {
    ObjectNode out = JSON.createObjectNode();
    out.put("quote", quote);
    out.put("found", !matches.isEmpty());
    ArrayNode list = out.putArray("matches");
    for (QuoteMatch m : matches) {
      ObjectNode o = list.addObject();
      o.put("id", m.id());
      o.put("version", m.version());
      o.put("title", m.title());
      o.put("published", m.published());
      o.put("language", m.language());
      o.put("turn", m.turn());
      o.put("label", m.label());
      o.put("speaker", m.speaker());
      o.put("role", m.role().code());
      o.put("score", Math.round(m.score() * 1000) / 1000.0);
      o.put("start", m.start());
      o.put("end", m.end());
      o.put("text", m.sourceText());
      pieces(o.putArray("source"), m.source());
      pieces(o.putArray("quote"), m.quote());
      o.put("link", m.link());
      o.put("citation", m.citation());
      ArrayNode versions = o.putArray("versions");
      for (QuoteMatch.Original v : m.versions()) {
        ObjectNode vo = versions.addObject();
        vo.put("language", v.language());
        vo.put("id", v.id());
        ArrayNode turns = vo.putArray("turns");
        v.turns().forEach(turns::add);
        vo.put("confidence", Math.round(v.confidence() * 1000) / 1000.0);
        vo.put("text", v.text());
      }
    }
    return out;
  }

  private static void pieces(ArrayNode out, List<Piece> pieces) {
    for (Piece p : pieces) {
      out.addObject().put("op", p.op().code()).put("text", p.text());
    }
  }
}
