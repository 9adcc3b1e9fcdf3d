package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** General English word lists used to read news copy: function words, hedges, and the cues that set a date's role. */
public final class Lexicon {

    private static final Set<String> STOPWORDS = Set.copyOf(List.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
            "into", "onto", "over", "under", "about", "after", "before", "since", "until", "during", "between", "among",
            "through", "than", "then", "that", "this", "these", "those", "there", "here", "which", "who", "whom", "whose",
            "what", "when", "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
            "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "it", "its", "it's", "he", "she", "they", "them", "their", "theirs", "his", "her", "hers", "him", "we",
            "us", "our", "you", "your", "i", "me", "my", "not", "no", "so", "if", "also", "just", "only", "very", "too",
            "more", "most", "less", "least", "much", "many", "some", "any", "all", "both", "each", "every", "other",
            "another", "such", "own", "same", "again", "further", "once", "up", "down", "out", "off", "per", "cent",
            "percent", "while", "although", "though", "because", "whether", "via", "upon", "within", "without", "against",
            "due", "set", "new", "s", "said", "says", "say", "told", "according", "reported", "saying", "week", "weeks",
            "day", "days", "month", "months", "year", "years", "today", "tomorrow", "yesterday", "next", "last", "this",
            "earlier", "later", "ago", "now", "currently", "recently", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "first", "second", "third", "several", "around", "approximately", "roughly",
            "nearly", "almost", "least", "expected", "likely", "scheduled", "reportedly"));

    private static final Set<String> MODIFIERS = Set.copyOf(List.of(
            "new", "additional", "extra", "further", "more", "higher", "lower", "staggering", "whopping", "total",
            "overall", "average", "current", "previous", "prior", "earlier", "consecutive", "straight", "successive",
            "more", "fresh", "possible", "potential", "proposed", "planned", "so-called", "full", "whole", "annual"));

    /** Words that make a date the start, end, travel or statement date of its event, by role. */
    private static final Map<String, Role> ROLE_CUES = Map.ofEntries(
            Map.entry("start", Role.STARTS), Map.entry("starts", Role.STARTS), Map.entry("started", Role.STARTS),
            Map.entry("starting", Role.STARTS), Map.entry("begin", Role.STARTS), Map.entry("begins", Role.STARTS),
            Map.entry("began", Role.STARTS), Map.entry("beginning", Role.STARTS), Map.entry("commence", Role.STARTS),
            Map.entry("commences", Role.STARTS), Map.entry("commenced", Role.STARTS), Map.entry("resume", Role.STARTS),
            Map.entry("resumes", Role.STARTS), Map.entry("resumed", Role.STARTS), Map.entry("open", Role.STARTS), Map.entry("opens", Role.STARTS),
            Map.entry("opened", Role.STARTS), Map.entry("kick", Role.STARTS), Map.entry("kicks", Role.STARTS),
            Map.entry("kicked", Role.STARTS), Map.entry("launch", Role.STARTS), Map.entry("launched", Role.STARTS),
            Map.entry("effective", Role.STARTS), Map.entry("took effect", Role.STARTS),
            Map.entry("end", Role.ENDS), Map.entry("ends", Role.ENDS), Map.entry("ended", Role.ENDS),
            Map.entry("ending", Role.ENDS), Map.entry("conclude", Role.ENDS), Map.entry("concludes", Role.ENDS),
            Map.entry("concluded", Role.ENDS), Map.entry("expire", Role.ENDS), Map.entry("expires", Role.ENDS),
            Map.entry("expired", Role.ENDS), Map.entry("expiration", Role.ENDS), Map.entry("expiry", Role.ENDS),
            Map.entry("deadline", Role.ENDS), Map.entry("until", Role.ENDS), Map.entry("till", Role.ENDS),
            Map.entry("arrive", Role.TRAVEL), Map.entry("arrives", Role.TRAVEL), Map.entry("arrived", Role.TRAVEL),
            Map.entry("arriving", Role.TRAVEL), Map.entry("arrival", Role.TRAVEL), Map.entry("depart", Role.TRAVEL),
            Map.entry("departs", Role.TRAVEL), Map.entry("departed", Role.TRAVEL), Map.entry("leave", Role.TRAVEL),
            Map.entry("leaves", Role.TRAVEL), Map.entry("left", Role.TRAVEL), Map.entry("fly", Role.TRAVEL),
            Map.entry("flew", Role.TRAVEL), Map.entry("land", Role.TRAVEL), Map.entry("landed", Role.TRAVEL),
            Map.entry("travel", Role.TRAVEL), Map.entry("travels", Role.TRAVEL), Map.entry("traveled", Role.TRAVEL),
            Map.entry("travelled", Role.TRAVEL));

    /** Reporting verbs: "said on Thursday" dates the statement, not the event. */
    private static final Set<String> REPORTING = Set.copyOf(List.of(
            "said", "says", "say", "saying", "told", "tells", "reported", "reports", "announced", "announces",
            "stated", "states", "confirmed", "confirms", "added", "wrote", "tweeted", "posted", "statement", "according",
            "briefing", "interview", "noted", "warned", "claimed"));

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("met", "meet"), Map.entry("meeting", "meet"), Map.entry("meetings", "meet"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("led", "lead"), Map.entry("held", "hold"),
            Map.entry("saw", "see"), Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("won", "win"), Map.entry("lost", "lose"), Map.entry("struck", "strike"),
            Map.entry("hit", "hit"), Map.entry("killed", "kill"), Map.entry("dead", "death"), Map.entry("died", "death"),
            Map.entry("deaths", "death"), Map.entry("people", "people"), Map.entry("news", "news"),
            Map.entry("u.s", "united states"), Map.entry("us", "united states"), Map.entry("america", "united states"),
            Map.entry("american", "united states"), Map.entry("americans", "united states"),
            Map.entry("u.k", "united kingdom"), Map.entry("uk", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("british", "united kingdom"), Map.entry("chinese", "china"), Map.entry("beijing", "china"),
            Map.entry("washington", "united states"), Map.entry("percent", "percent"),
            Map.entry("united states", "united states"), Map.entry("united kingdom", "united kingdom"));

    /** Stems that news copy uses interchangeably for the same happening. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("negotiation", "talk"), Map.entry("discussion", "talk"), Map.entry("encounter", "meet"),
            Map.entry("summit", "meet"),
            Map.entry("fatality", "death"), Map.entry("kill", "death"), Map.entry("injury", "injur"),
            Map.entry("wound", "injur"), Map.entry("hurt", "injur"), Map.entry("quake", "earthquak"),
            Map.entry("tremor", "earthquak"), Map.entry("levy", "tariff"), Map.entry("duty", "tariff"),
            Map.entry("japanese", "japan"), Map.entry("vietnamese", "vietnam"), Map.entry("french", "france"),
            Map.entry("german", "germany"), Map.entry("spanish", "spain"), Map.entry("turkish", "turkey"),
            Map.entry("israeli", "israel"), Map.entry("pakistani", "pakistan"), Map.entry("iraqi", "iraq"),
            Map.entry("iranian", "iran"), Map.entry("afghan", "afghanistan"), Map.entry("thai", "thailand"),
            Map.entry("filipino", "philippines"), Map.entry("swiss", "switzerland"), Map.entry("dutch", "netherlands"),
            Map.entry("polish", "poland"), Map.entry("greek", "greece"), Map.entry("saudi", "saudi arabia"));

    /** What a count of people counts, read from the words around it: the dead are not the injured. */
    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("dead", "dead"), Map.entry("died", "dead"), Map.entry("killed", "dead"), Map.entry("killing", "dead"),
            Map.entry("deaths", "dead"), Map.entry("death", "dead"), Map.entry("fatalities", "dead"), Map.entry("lives", "dead"),
            Map.entry("bodies", "dead"), Map.entry("perished", "dead"), Map.entry("drowned", "dead"), Map.entry("injured", "injured"),
            Map.entry("wounded", "injured"), Map.entry("hurt", "injured"), Map.entry("injuries", "injured"),
            Map.entry("hospital", "injured"), Map.entry("hospitalised", "injured"), Map.entry("hospitalized", "injured"),
            Map.entry("missing", "missing"), Map.entry("arrested", "arrested"),
            Map.entry("arrests", "arrested"), Map.entry("evacuated", "evacuated"), Map.entry("displaced", "evacuated"),
            Map.entry("homeless", "evacuated"), Map.entry("rescued", "rescued"), Map.entry("trapped", "trapped"));

    private Lexicon() {}

    public static boolean isStopword(String lower) {
        return STOPWORDS.contains(lower);
    }

    public static boolean isModifier(String lower) {
        return MODIFIERS.contains(lower) || lower.endsWith("ly");
    }

    /** Words that stand before a name as a title or affiliation ("Chinese President", "Vice Premier"), not part of it. */
    private static final Set<String> TITLES = Set.copyOf(List.of("president", "vice", "premier", "prime", "minister",
            "secretary", "chancellor", "king", "queen", "prince", "princess", "general", "gen", "sen", "senator", "rep",
            "representative", "governor", "gov", "mayor", "judge", "justice", "pope", "sheikh", "dr", "mr", "mrs", "ms",
            "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "treasury", "trade", "foreign", "defense", "defence", "finance", "interior",
            "commerce", "state", "deputy", "coach", "captain", "manager", "striker", "midfielder", "defender",
            "goalkeeper", "officer", "commander", "lieutenant", "colonel", "major", "sergeant", "detective", "inspector",
            "professor", "prof", "saint", "st", "lord", "lady", "sir", "dame", "former", "acting", "interim", "new"));

    /**
     * The alignment features of a run of capitalized words: the name without leading titles and
     * nationalities ("French President Emmanuel Macron" → "emmanuel macron"), and its last word ("macron") so
     * that "President Macron" and "Emmanuel Macron" still meet through "macron".
     */
    public static List<String> nameFeatures(List<String> words) {
        int from = 0;
        while (from < words.size() - 1) {
            String w = words.get(from).toLowerCase(Locale.ROOT).replace(".", "");
            String f = feature(words.get(from));
            if (TITLES.contains(w) || f.length() > 3 && !f.equals(w) && Character.isUpperCase(words.get(from).charAt(0))
                    && (IRREGULAR.containsKey(w) || SYNONYMS.containsKey(stem(w)) || w.endsWith("ian") || w.endsWith("ese"))) {
                from++;
            } else {
                break;
            }
        }
        List<String> rest = words.subList(from, words.size());
        StringBuilder name = new StringBuilder();
        for (String w : rest) {
            name.append(name.length() == 0 ? "" : " ").append(w.toLowerCase(Locale.ROOT).replace("\u2019s", "").replace("'s", ""));
        }
        String whole = IRREGULAR.getOrDefault(name.toString().replace(".", ""), name.toString());
        if (rest.size() == 1) {
            return List.of(feature(rest.get(0)));
        }
        String last = feature(rest.get(rest.size() - 1));
        // "South Africa" is never called "Africa" for short in a way that could mean another place; a person is
        // ("President Macron" for "Emmanuel Macron")
        return whole.equals(last) || Places.isCountry(Places.normalize(whole)) ? List.of(whole) : List.of(whole, last);
    }

    /** The outcome class of a word ("killed" → "dead"), or null. */
    public static String outcome(String lower) {
        return OUTCOMES.get(lower);
    }

    public static Role roleCue(String lower) {
        return ROLE_CUES.get(lower);
    }

    public static boolean isReporting(String lower) {
        return REPORTING.contains(lower);
    }

    /**
     * The alignment feature of a word: its stem, with synonyms that reporters alternate folded together
     * ("commenced", "resume" and "begin" are all a start; "negotiations" and "discussions" are talks) and
     * country adjectives ending in -an folded into the country ("Malaysian" and "Malaysia").
     */
    public static String feature(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Role role = ROLE_CUES.get(lower);
        if (role != null) {
            return switch (role) {
                case STARTS -> "start";
                case ENDS -> "end";
                case TRAVEL -> "travel";
                default -> stem(lower);
            };
        }
        String stem = stem(lower);
        String synonym = SYNONYMS.get(stem);
        if (synonym != null) {
            return synonym;
        }
        if (Character.isUpperCase(word.charAt(0)) && stem.length() > 5 && stem.endsWith("an") && !stem.endsWith("man")) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    /**
     * A crude, deterministic stem so that "talks"/"talk", "escalated"/"escalate", "tariffs"/"tariff" meet.
     * Country names and their adjectives meet too ("Chinese" and "China"), since reporters alternate them.
     */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 6 && w.endsWith("ing")) {
            return trimE(w.substring(0, w.length() - 3));
        }
        if (w.length() > 5 && w.endsWith("ed")) {
            return trimE(w.substring(0, w.length() - 2));
        }
        if (w.length() > 5 && w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return trimE(w.substring(0, w.length() - 1));
        }
        return trimE(w);
    }

    /** "escalate" and "escalat(ed)" both become "escalat"; "trade" and "trad(ing)" both "trad". */
    private static String trimE(String w) {
        if (w.length() > 4 && w.endsWith("e")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2) && "bdfgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
