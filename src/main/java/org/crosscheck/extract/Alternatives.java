package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list for a pattern, grouped by first letter: {@code about|around|roughly} becomes
 * {@code a(?:bout|round)|roughly}. The regex engine tries the alternatives of a group one after another, so at a
 * word that starts with none of the letters a list of forty hedges cost forty failed comparisons; grouped, it costs
 * one per first letter. The pattern matches exactly what it did: at any position only the alternatives that start
 * with the letter there can match, and they are tried in the order written (which decides between "one" and
 * "one hundred"). Only runs of alternatives that begin with a plain ASCII letter are grouped; any other alternative
 * keeps its place, and a list whose letters differ only in case is left as it is, so the grouping holds with and
 * without case-insensitive matching.
 */
public final class Alternatives {

    private Alternatives() {}

    /** {@code alternation} (the inside of a group, alternatives separated by top-level '|') with its words grouped. */
    public static String grouped(String alternation) {
        List<String> alternatives = split(alternation);
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String a : alternatives) {
            if (startsWithLetter(a)) {
                run.add(a);
            } else {
                flush(run, out);
                out.add(a);
            }
        }
        flush(run, out);
        return String.join("|", out);
    }

    private static void flush(List<String> run, List<String> out) {
        if (run.isEmpty()) {
            return;
        }
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String a : run) {
            byFirst.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a.substring(1));
        }
        for (char c : byFirst.keySet()) {
            char other = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            if (byFirst.containsKey(other)) {
                out.addAll(run); // "a" and "A" grouped apart could change the order a case-insensitive pattern tries them in
                run.clear();
                return;
            }
        }
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            List<String> rests = e.getValue();
            out.add(rests.size() == 1 ? e.getKey() + rests.get(0) : e.getKey() + "(?:" + String.join("|", rests) + ")");
        }
        run.clear();
    }

    /** An ASCII letter read as itself, not quantified ("a?" is not) and not the start of an escape. */
    private static boolean startsWithLetter(String a) {
        if (a.isEmpty()) {
            return false;
        }
        char c = a.charAt(0);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
            return false;
        }
        return a.length() == 1 || "?*+{".indexOf(a.charAt(1)) < 0;
    }

    /** The top-level alternatives: '|' outside groups, classes and escapes. */
    static List<String> split(String re) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 < re.length() && re.charAt(i + 1) == 'Q') {
                    int end = re.indexOf("\\E", i + 2);
                    i = end < 0 ? re.length() : end + 1;
                } else {
                    i++;
                }
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
                    i++; // a ']' first in a class is a member
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(re.substring(from, i));
                from = i + 1;
            }
        }
        if (depth != 0 || inClass) {
            throw new IllegalArgumentException("unbalanced alternation: " + re);
        }
        parts.add(re.substring(from));
        return parts;
    }
}
