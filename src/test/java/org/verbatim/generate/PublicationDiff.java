package org.verbatim.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Publication;

/** The fields in which two publications differ, as {@code path: expected … but was …} lines. */
final class PublicationDiff {

  private static final int SHOWN = 160;

  private PublicationDiff() {}

  static List<String> between(Publication expected, Publication actual) {
    List<String> out = new ArrayList<>();
    diff("", PublicationJson.toTree(expected), PublicationJson.toTree(actual), out);
    return out;
  }

  private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode other = actual.get(field.getKey());
        diff(path + "." + field.getKey(), field.getValue(),
            other == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : other,
            out);
      }
      return;
    }
    if (expected.isArray() && actual.isArray()) {
      int common = Math.min(expected.size(), actual.size());
      for (int i = 0; i < common; i++) {
        diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
      for (int i = common; i < expected.size(); i++) {
        out.add(path + "[" + i + "]: missing " + shown(expected.get(i)));
      }
      for (int i = common; i < actual.size(); i++) {
        out.add(path + "[" + i + "]: unexpected " + shown(actual.get(i)));
      }
      return;
    }
    out.add(path + ": expected " + shown(expected) + " but was " + shown(actual));
  }

  private static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…(" + text.length() + ")";
  }
}
