package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places named in news copy: "in Lyon, France", "at Argentina's capital Buenos Aires". The world's
 * countries are known by name; which smaller place lies in which larger one is read from the text itself.
 */
public final class Places {

    /** A place named in a sentence, and the larger place the text puts it in (or null). */
    public record Named(int start, int end, String place, String within) {}

    private static final String NAME = "(?:[A-Z][\\p{L}'’.-]+)(?:\\s+(?:of\\s+|de\\s+|the\\s+)?[A-Z][\\p{L}'’.-]+){0,3}";
    private static final Pattern IN_PLACE = StartGate.compile(
            "\\b(?:in|at|near|from|off|outside|(?:bound|headed|heading|flying|sailing|destined)\\s+(?:for|to)|en\\s+route\\s+to"
            // "the city of Lyon", "the port of Sfax", "40 km north-east of Lyon": a place named by what it is or by a bearing
            + "|\\b(?:city|town|village|port|prefecture|province|district|county)\\s+of"
            + "|\\b(?:north|south|east|west)(?:[-\\s]?(?:north|south|east|west))?(?:[-\\s]?(?:north|south|east|west)(?:ern)?)?\\s+of)"
            + "\\s+(?:the\\s+)?(?<place>(?:The\\s+(?=[A-Z]))?" + NAME + ")(?:,\\s+(?<outer>" + NAME + "))?(?<next>\\s+\\p{Ll}+)?");
    /** Seas, oceans, gulfs and bays: "the Indian Ocean", "the Sea of Japan" is read by IN_PLACE as a place too. */
    private static final Pattern WATER = StartGate.compile("\\b(?:the\\s+)?(?<place>(?:[A-Z][\\p{L}'’-]+\\s+){1,2}(?:Ocean|Sea|Gulf|Bay|Strait|Peninsula|Island|Islands))\\b");
    /**
     * "on the Lyon – Turin route", a fact line's "Flight: XY 101, Porto (Francisco Sá Carneiro) to Faro": the two ends of a
     * journey, said without a preposition before the first ("from Lyon to Turin" is read by IN_PLACE).
     */
    private static final Pattern ROUTE = StartGate.compile("(?<![\\p{L}-])(?<from>" + NAME + ")(?:\\s+\\((?<fromAlt>" + NAME + ")\\))?"
            + "\\s*(?:–|—|\\s-\\s|\\s+to\\s+)\\s*(?<to>" + NAME + ")(?:\\s+\\(" + NAME + "\\))?"
            + "(?=\\s+(?:route|flight|service|leg|line|run)\\b|(?<!\\.)[ \\t]*$)", Pattern.MULTILINE);
    private static final Pattern BYLINE = StartGate.compile(
            "\\b(?:contributed|contributing)\\s+(?:reporting\\s+)?to\\s+this\\s+(?:article|report|story)|\\breporting\\s+by\\b",
            Pattern.CASE_INSENSITIVE);

    /** The next place of a list: "in Iraq and Kuwait", "in Kenya, Tanzania and Uganda". */
    private static final Pattern AND_PLACE = Pattern.compile("\\G(?:,\\s*|\\s+)(?:and\\s+|or\\s+)?(?:the\\s+)?(?<place>" + NAME + ")");
    private static final Pattern CAPITAL_OF = StartGate.compile(
            "(?<outer>" + NAME + ")(?:'s|’s)\\s+capital(?:,)?\\s+(?<place>" + NAME + ")");

    private static final Set<String> COUNTRIES = Set.copyOf(List.of("afghanistan", "albania", "algeria", "andorra",
            "angola", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh",
            "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil",
            "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china",
            "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic", "denmark",
            "djibouti", "dominica", "dominican republic", "ecuador", "egypt", "el salvador", "eritrea", "estonia",
            "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
            "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
            "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan",
            "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
            "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
            "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia",
            "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands",
            "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman",
            "pakistan", "palau", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal",
            "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal", "serbia",
            "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea",
            "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
            "tajikistan", "tanzania", "thailand", "togo", "tonga", "trinidad and tobago", "tunisia", "turkey",
            "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "united kingdom", "united states",
            "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe"));
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("u.s.", "united states"),
            Map.entry("us", "united states"), Map.entry("usa", "united states"), Map.entry("u.s.a.", "united states"),
            Map.entry("america", "united states"), Map.entry("the united states", "united states"),
            Map.entry("uk", "united kingdom"), Map.entry("u.k.", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("great britain", "united kingdom"), Map.entry("england", "united kingdom"),
            Map.entry("korea", "south korea"), Map.entry("republic of korea", "south korea"), Map.entry("uae", "united arab emirates"),
            Map.entry("burma", "myanmar"), Map.entry("holland", "netherlands"), Map.entry("the netherlands", "netherlands"),
            Map.entry("czechia", "czech republic"), Map.entry("côte d'ivoire", "ivory coast"), Map.entry("the philippines", "philippines"));

    private Places() {}

    /** The normalized name of a place: lower case, country aliases folded ("U.S." → "united states"). */
    public static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        return ALIASES.getOrDefault(n, n);
    }

    public static boolean isCountry(String normalized) {
        return COUNTRIES.contains(normalized);
    }

    /** Places named in {@code text} between {@code from} and {@code to}. */
    public static List<Named> find(String text, int from, int to) {
        return find(text, from, to, new TextChars(text, from, to));
    }

    /** As {@link #find(String, int, int)}, with the characters of [from, to) read already: a pattern none of whose words are there is not run. */
    public static List<Named> find(String text, int from, int to, TextChars chars) {
        List<Named> out = new ArrayList<>();
        if (StartGate.mayMatch(BYLINE, chars) && BYLINE.matcher(text).region(from, to).find()) {
            // "Craig Forman in Cairo contributed to this article": where a reporter was, not where it happened
            return out;
        }
        Matcher m = IN_PLACE.matcher(text).region(from, to);
        while (StartGate.mayMatch(IN_PLACE, chars) && m.find()) {
            String place = trimPlace(m.group("place"));
            String last = place.substring(place.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            boolean adjective = m.group("outer") == null && m.group("next") != null && !m.group("next").strip().matches("on|in|at|and|or|for|to|of|with|by|from|after|before|during|last|this|next|earlier|later|was|is|were|are|has|had|will|where|when|which|that")
                    && (last.endsWith("an") || last.endsWith("ese") || last.endsWith("ish") || last.endsWith("i"));
            // "in The Hague": a name that begins with its article keeps it, the rest must still be a name
            String bare = place.startsWith("The ") ? place.substring(4) : place;
            if (place.isEmpty() || adjective || place.contains("-") || NOT_PLACES.contains(bare.toLowerCase(Locale.ROOT).split("\\s+")[0])
                    || ORGANISATIONS.contains(last)) {
                continue;
            }
            String outer = m.group("outer") == null ? null : normalize(trimPlace(m.group("outer")));
            boolean outerIsCountry = outer != null && isCountry(outer);
            out.add(new Named(m.start("place"), m.start("place") + place.length(), normalize(place), outerIsCountry ? outer : null));
            // the other places of a list belong to the same statement: "in Iraq and Kuwait" names both
            int listEnd = outer != null ? m.end("outer") : m.start("place") + place.length();
            if (outer != null && !outerIsCountry) {
                out.add(new Named(m.start("outer"), m.start("outer") + trimPlace(m.group("outer")).length(), outer, null));
            }
            Matcher more = AND_PLACE.matcher(text).region(listEnd, to);
            while (more.find()) {
                String next = trimPlace(more.group("place"));
                // only countries continue a list: "in Chile, Ortiz and Lee held talks" names one place
                if (next.isEmpty() || !isCountry(normalize(next))) {
                    break;
                }
                out.add(new Named(more.start("place"), more.start("place") + next.length(), normalize(next), null));
                more.region(more.start("place") + next.length(), to);
            }
        }
        m = WATER.matcher(text).region(from, to);
        while (StartGate.mayMatch(WATER, chars) && m.find()) {
            String place = m.group("place");
            int at = m.start("place");
            boolean seen = out.stream().anyMatch(p -> p.start() < at + place.length() && at < p.end());
            if (!seen && !NOT_PLACES.contains(place.toLowerCase(Locale.ROOT).split("\\s+")[0])) {
                out.add(new Named(at, at + place.length(), normalize(place), null));
            }
        }
        m = ROUTE.matcher(text).region(from, to);
        boolean journey = chars == null || text.substring(from, to).matches("(?is).*\\b(?:route|flight|flew|flying|service|train|ferry|bus|voyage|sailing)\\b.*");
        while (journey && StartGate.mayMatch(ROUTE, chars) && m.find()) {
            for (String g : new String[] {"from", "to"}) {
                String place = trimPlace(m.group(g));
                int at = m.start(g);
                boolean seen = out.stream().anyMatch(p -> p.start() < at + place.length() && at < p.end());
                String first = place.toLowerCase(Locale.ROOT).split("\\s+")[0];
                if (!seen && !place.isEmpty() && !NOT_PLACES.contains(first) && !ORGANISATIONS.contains(first)) {
                    out.add(new Named(at, at + place.length(), normalize(place), null));
                }
            }
        }
        m = CAPITAL_OF.matcher(text).region(from, to);
        while (StartGate.mayMatch(CAPITAL_OF, chars) && m.find()) {
            String outer = normalize(trimPlace(m.group("outer")));
            if (isCountry(outer)) {
                String place = trimPlace(m.group("place"));
                out.add(new Named(m.start("place"), m.start("place") + place.length(), normalize(place), outer));
            }
        }
        return out;
    }

    private static String trimPlace(String raw) {
        String s = raw.strip();
        // "Sydney's Opera House": the place is what owns, not what is owned
        int possessive = Math.max(s.indexOf("'s "), s.indexOf("’s "));
        if (possessive > 0) {
            s = s.substring(0, possessive);
        }
        while (s.endsWith(".") && !s.endsWith("U.S.") || s.endsWith("'s") || s.endsWith("’s")) {
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** Last words of the names of bodies rather than places ("the Atlantic Council"). */
    private static final Set<String> ORGANISATIONS = Set.copyOf(List.of("council", "center", "centre", "university",
            "department", "ministry", "commission", "agency", "bank", "committee", "party", "institute", "association",
            "summit", "group", "inc", "corp", "ltd", "times", "news", "post", "journal", "office", "house", "court",
            "congress", "parliament", "senate", "assembly", "union", "organization", "organisation", "forum", "fund",
            "board", "service", "services", "company", "corporation", "foundation", "cup", "league", "championship",
            "games", "olympics", "festival", "conference", "school", "college", "hospital", "airport", "stadium",
            "hotel", "tower", "church", "mosque", "temple", "street", "road", "avenue", "square", "park"));

    /** Capitalized words after "in" that are not places: months, days, seasons, titles, pronouns. */
    private static final Set<String> NOT_PLACES = Set.copyOf(List.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter", "president",
            "prime", "minister", "secretary", "he", "she", "they", "it", "we", "i", "the", "a", "an", "this", "that",
            "his", "her", "their", "its", "our", "congress", "parliament", "court", "office", "english", "french",
            "chinese", "spanish", "arabic", "german", "russian", "total", "addition", "response", "part", "fact",
            "general", "particular", "order", "recent", "early", "late", "mid"));
}
