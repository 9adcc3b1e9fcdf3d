package org.crosscheck.origin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How outlets are named: an article's outlet from its source line, the names and initials it is cited by, and the
 * wire agencies news vocabulary names without their being in the run.
 */
final class OutletNames {

    /**
     * Wire agencies as news vocabulary: the names by which copy is credited worldwide, so a credit to one of them is
     * recognised as naming an outlet even when none of its articles is in the run.
     */
    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("reuters", "Reuters"), Map.entry("thomson reuters", "Reuters"),
            Map.entry("ap", "AP"), Map.entry("associated press", "AP"), Map.entry("the associated press", "AP"),
            Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"), Map.entry("agence france presse", "AFP"),
            Map.entry("xinhua", "Xinhua"),
            Map.entry("pti", "PTI"), Map.entry("press trust of india", "PTI"), Map.entry("ians", "IANS"), Map.entry("ani", "ANI"),
            Map.entry("upi", "UPI"), Map.entry("dpa", "dpa"), Map.entry("efe", "EFE"), Map.entry("ansa", "ANSA"),
            Map.entry("tass", "TASS"), Map.entry("bernama", "Bernama"), Map.entry("pa", "PA"), Map.entry("pa media", "PA"),
            Map.entry("bloomberg", "Bloomberg"), Map.entry("anadolu", "Anadolu"));

    /** Words that make an outlet's name a news service's: "Atlantic Wire Service", "Pacific Newswire (wire)". */
    private static final Pattern WIRE_WORDS = Pattern.compile(
            "(?i)\\b(?:wire service|newswire|news ?wire|press service|news service|news agency|press agency|press association|press syndicate|press trust|wire)\\b|\\((?:wire|agency|news agency)\\)");

    /** A manifest's note that the article is another's story: "(Reuters-based)", "(via AP)", "(based on AFP)". */
    private static final Pattern HINT = Pattern.compile(
            "(?i)\\((?:via |from |based on |adapted from |after )([^)]+)\\)|\\(([^)]+?)[- ]based\\)");

    private static final Pattern PARENS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    /** What a citation adds after the name: "an AP report", "the agency's data", "Reuters reports". */
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:['’]s?)?(?:\\s+(?:report|reports|reporting|data|figures|story|stories|dispatch|tally|news agency|agency|newspaper|wire|analysis))+$");

    private OutletNames() {}

    /** The outlet an article's source names, without the manifest's notes: "Reuters (syndicated)" is Reuters. */
    static String outlet(String source) {
        String s = PARENS.matcher(source == null ? "" : source).replaceAll("").strip();
        return s.isEmpty() ? (source == null ? "" : source.strip()) : s;
    }

    /** The names a citation may use for this source's outlet: its name, without "The", its initials, an acronym it gives. */
    static Set<String> aliases(String source) {
        Set<String> out = new LinkedHashSet<>();
        String name = outlet(source);
        String plain = key(name);
        if (plain.isEmpty()) {
            return out;
        }
        out.add(plain);
        String known = AGENCIES.get(plain);
        if (known != null) {
            out.add(key(known));
            AGENCIES.forEach((alias, display) -> {
                if (display.equals(known)) {
                    out.add(alias);
                }
            });
        }
        List<String> words = List.of(LEADING_ARTICLE.matcher(name).replaceAll("").split("[\\s-]+"));
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        if (initials.length() >= 2 && words.size() >= 2) {
            out.add(initials.toString());
        }
        Matcher acronym = Pattern.compile("\\(([A-Z]{2,6})\\)").matcher(source == null ? "" : source);
        while (acronym.find()) {
            out.add(acronym.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The outlet a manifest's source says the article is based on, or null. */
    static String hint(String source) {
        Matcher m = HINT.matcher(source == null ? "" : source);
        if (!m.find()) {
            return null;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    /** A cited name as it is compared: lower case, without "the", a possessive or "report" after it. */
    static String key(String cited) {
        String s = LEADING_ARTICLE.matcher(cited.strip()).replaceAll("");
        s = TRAILING.matcher(s).replaceAll("");
        s = s.replaceAll("['’]s$", "").replaceAll("['’]$", "");
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The display name of a wire agency the cited name stands for, or null. */
    static String agency(String cited) {
        return AGENCIES.get(key(cited));
    }

    /** True when the source names a news agency or wire service: the likeliest original of a group of copies. */
    static boolean isWire(String source) {
        return source != null && (WIRE_WORDS.matcher(source).find() || AGENCIES.containsKey(key(outlet(source))));
    }
}
