package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.InputException;

/**
 * A story's gold annotations: the real discrepancies and the groups of claims that only look different.
 *
 * @param discrepancies groups whose quotes carry conflicting values (D1, D2, ...)
 * @param consistent    groups whose quotes agree (K1, K2, ...)
 */
public record Gold(List<Group> discrepancies, List<Group> consistent) {

    /**
     * One gold group.
     *
     * @param id        "D1", "K3", ...
     * @param event     the event, in the annotator's words
     * @param attribute the attribute
     * @param quotes    the quoted claims
     */
    public record Group(String id, String event, String attribute, List<Quote> quotes) {}

    /**
     * A quoted claim in one file with its gold value.
     *
     * @param file  the article file, as in the manifest
     * @param quote the exact text
     * @param value the gold value, as text
     * @param written the value as the article wrote it, where the annotator noted it ("written as 14:00-04:00"), or null
     * @param unit  the unit the group's attribute names in brackets ("revenue (billion USD)", "margin (seconds)"),
     *              which holds for a bare number value; or empty
     * @param count true when the annotator wrote a JSON number for an attribute that is not a year ("size", 1772):
     *              a number, not the year it looks like
     */
    public record Quote(String file, String quote, String value, String written, String unit, boolean count) {
        public Quote(String file, String quote, String value, String written) {
            this(file, quote, value, written, "", false);
        }

        public Quote(String file, String quote, String value, String written, String unit) {
            this(file, quote, value, written, unit, false);
        }

        /** The gold value read for comparison with claims. */
        public GoldValue parsed() {
            return count ? GoldValue.numberIn(value, unit) : GoldValue.parse(value, written, unit);
        }
    }

    /**
     * "(billion USD)", "(basis points)", "(seconds)", "(m)": a bracketed unit in an attribute, at its end or before
     * words that say more of the quantity ("further cuts (basis points) implied by ...").
     */
    private static final java.util.regex.Pattern ATTRIBUTE_UNIT = java.util.regex.Pattern.compile(
            "\\((?<unit>(?:(?:billion|million|trillion|thousand)\\s+)?(?:USD|EUR|GBP|JPY|INR)(?:\\s+(?:billion|million|trillion))?"
            + "|basis points|bps|percentage points|percent|%|seconds|minutes|hours|days|years|m|km|mi|ft|mph|km/h|m/s)\\)");

    static String attributeUnit(String attribute) {
        java.util.regex.Matcher m = ATTRIBUTE_UNIT.matcher(attribute);
        return m.find() ? m.group("unit") : "";
    }

    public static Gold read(Path file) throws InputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read gold file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": gold file must be a JSON object with \"discrepancies\" and \"consistent\"");
        }
        return new Gold(groups(root.get("discrepancies")), groups(root.get("consistent")));
    }

    private static List<Group> groups(JsonNode list) {
        List<Group> out = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode g : list) {
            List<Quote> quotes = new ArrayList<>();
            String unit = attributeUnit(g.path("attribute").asText());
            for (JsonNode c : g.path("claims")) {
                String note = c.path("note_value").asText("");
                String written = note.startsWith("written as ") ? note.substring("written as ".length()).strip() : null;
                JsonNode value = c.path("value");
                boolean count = value.isNumber() && !g.path("attribute").asText().matches("(?i).*\\b(?:year|date|when)\\b.*");
                quotes.add(new Quote(c.path("file").asText(), c.path("quote").asText(), value.asText(), written, unit, count));
            }
            out.add(new Group(g.path("id").asText(), g.path("event").asText(), g.path("attribute").asText(), quotes));
        }
        return out;
    }
}
