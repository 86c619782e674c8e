package org.verbatim.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON shape of a {@link VersionDiff}, in one place for the command line's
 * {@code diff --json} and the web API:
 * {@code {"id","from","to","summary","changed","turns":[{"change","before":[4],"after":[4,5],
 * "heading","pieces":[{"op":"same|deleted|inserted","text"}]}]}}. {@code turns} lists every
 * changed turn and every unchanged turn whose number changed (with no pieces); {@code changed}
 * counts the changed ones. Thread-safe.
 */
public final class DiffJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DiffJson() {}

  /** The diff of publication {@code id}. */
  public static ObjectNode toTree(String id, VersionDiff diff) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    out.put("from", diff.from());
    out.put("to", diff.to());
    out.put("summary", diff.summary());
    out.put("changed", diff.changed().size());
    ArrayNode turns = out.putArray("turns");
    for (TurnChange c : diff.shown()) {
      ObjectNode turn = turns.addObject();
      turn.put("change", c.kind().code());
      numbers(turn.putArray("before"), c.before());
      numbers(turn.putArray("after"), c.after());
      turn.put("heading", c.heading(diff.from()));
      ArrayNode pieces = turn.putArray("pieces");
      if (c.changed()) {
        for (Piece p : c.pieces()) {
          pieces.addObject().put("op", p.op().code()).put("text", p.text());
        }
      }
    }
    return out;
  }

  private static void numbers(ArrayNode out, List<Integer> numbers) {
    numbers.forEach(out::add);
  }
}
