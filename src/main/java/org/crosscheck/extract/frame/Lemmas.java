package org.crosscheck.extract.frame;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lemma of an English word as news copy inflects it: "struck" → "strike", "fatalities" → "fatality",
 * "declared" → "declare". Irregular forms come from a table; regular ones from suffix rules checked against the
 * words the concept lexicon knows, so that "declared" and "declaring" both become "declare". A word the
 * dictionary does not know still gets one key for all its forms ("escalated", "escalating" → "escalat").
 */
public final class Lemmas {

    private static final Map<String, String> IRREGULAR = new HashMap<>();

    static {
        String[] verbs = {
            "arise arose arisen", "awake awoke awoken", "be was were been being is are am", "bear bore borne born",
            "beat beat beaten", "become became become", "begin began begun", "bend bent bent", "bet bet bet",
            "bid bid bid", "bind bound bound", "bite bit bitten", "bleed bled bled", "blow blew blown",
            "break broke broken", "breed bred bred", "bring brought brought", "build built built", "burn burnt burnt",
            "burst burst burst", "buy bought bought", "cast cast cast", "catch caught caught", "choose chose chosen",
            "cling clung clung", "come came come", "cost cost cost", "creep crept crept", "cut cut cut",
            "deal dealt dealt", "dig dug dug", "do did done does", "draw drew drawn", "drink drank drunk",
            "drive drove driven", "eat ate eaten", "fall fell fallen", "feed fed fed", "feel felt felt",
            "fight fought fought", "find found found", "flee fled fled", "fly flew flown flies", "forbid forbade forbidden",
            "forecast forecast forecast", "foresee foresaw foreseen", "forget forgot forgotten", "forgive forgave forgiven",
            "freeze froze frozen", "get got gotten", "give gave given", "go went gone goes", "grind ground ground",
            "grow grew grown", "hang hung hung", "have had has having", "hear heard heard", "hide hid hidden",
            "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept", "know knew known", "lay laid laid",
            "lead led led", "leave left left", "lend lent lent", "let let let", "lie lay lain", "light lit lit",
            "lose lost lost", "make made made", "mean meant meant", "meet met met", "mislead misled misled",
            "overcome overcame overcome", "overrun overran overrun", "oversee oversaw overseen", "overtake overtook overtaken",
            "overthrow overthrew overthrown", "pay paid paid", "put put put", "quit quit quit", "read read read",
            "rebuild rebuilt rebuilt", "rid rid rid", "ride rode ridden", "ring rang rung", "rise rose risen",
            "run ran run", "say said said says", "see saw seen", "seek sought sought", "sell sold sold",
            "send sent sent", "set set set", "shake shook shaken", "shed shed shed", "shine shone shone",
            "shoot shot shot", "show showed shown", "shrink shrank shrunk", "shut shut shut", "sing sang sung",
            "sink sank sunk", "sit sat sat", "slay slew slain", "sleep slept slept", "slide slid slid",
            "speak spoke spoken", "speed sped sped", "spend spent spent", "spin spun spun", "split split split",
            "spread spread spread", "spring sprang sprung", "stand stood stood", "steal stole stolen", "stick stuck stuck",
            "sting stung stung", "stride strode stridden", "strike struck stricken", "strive strove striven",
            "swear swore sworn", "sweep swept swept", "swim swam swum", "swing swung swung", "take took taken",
            "teach taught taught", "tear tore torn", "tell told told", "think thought thought", "throw threw thrown",
            "thrust thrust thrust", "undergo underwent undergone", "understand understood understood",
            "undertake undertook undertaken", "uphold upheld upheld", "upset upset upset", "wake woke woken",
            "wear wore worn", "weep wept wept", "win won won", "wind wound wound", "withdraw withdrew withdrawn",
            "withhold withheld withheld", "withstand withstood withstood", "write wrote written", "outrun outran outrun",
            "undercut undercut undercut", "offset offset offset", "broadcast broadcast broadcast", "upend upended upended"};
        for (String line : verbs) {
            String[] forms = line.split(" ");
            for (String f : forms) {
                IRREGULAR.putIfAbsent(f, forms[0]);
            }
        }
        String[][] nouns = {{"people", "people"}, {"men", "man"}, {"women", "woman"}, {"children", "child"},
            {"lives", "life"}, {"wives", "wife"}, {"knives", "knife"}, {"feet", "foot"}, {"teeth", "tooth"},
            {"mice", "mouse"}, {"data", "data"}, {"media", "media"}, {"criteria", "criterion"}, {"phenomena", "phenomenon"},
            {"analyses", "analysis"}, {"crises", "crisis"}, {"bases", "base"}, {"theses", "thesis"}, {"news", "news"},
            {"series", "series"}, {"species", "species"}, {"aircraft", "aircraft"}, {"headquarters", "headquarters"},
            {"talks", "talk"}, {"earnings", "earnings"}, {"proceeds", "proceeds"}, {"savings", "savings"},
            {"securities", "security"}, {"casualties", "casualty"}, {"fatalities", "fatality"}, {"us", "us"},
            {"bps", "bp"}, {"mps", "mp"}, {"mph", "mph"}, {"gas", "gas"}, {"bus", "bus"}, {"status", "status"},
            {"census", "census"}, {"chaos", "chaos"}, {"thus", "thus"}, {"always", "always"}, {"its", "its"},
            {"his", "his"}, {"this", "this"}, {"was", "be"}, {"has", "have"}, {"does", "do"}, {"goes", "go"},
            {"dies", "die"}, {"ties", "tie"}, {"lies", "lie"}, {"less", "less"}, {"unless", "unless"},
            {"across", "across"}, {"alias", "alias"}, {"atlas", "atlas"}, {"basis", "basis"}, {"emphasis", "emphasis"},
            {"mass", "mass"}, {"loss", "loss"}, {"boss", "boss"}, {"press", "press"}, {"access", "access"},
            {"progress", "progress"}, {"congress", "congress"}, {"process", "process"}, {"success", "success"},
            {"witness", "witness"}, {"business", "business"}, {"address", "address"}, {"wildfires", "wildfire"},
            {"overseas", "overseas"}, {"whereas", "whereas"}, {"perhaps", "perhaps"}, {"towards", "towards"},
            {"afterwards", "afterwards"}, {"sometimes", "sometimes"}, {"besides", "besides"}, {"plus", "plus"},
            {"bonus", "bonus"}, {"virus", "virus"}, {"focus", "focus"}, {"consensus", "consensus"}, {"campus", "campus"},
            {"stimulus", "stimulus"}, {"surplus", "surplus"}, {"radius", "radius"}, {"nucleus", "nucleus"},
            {"genus", "genus"}, {"corpus", "corpus"}, {"apparatus", "apparatus"}, {"lotus", "lotus"}, {"thesaurus", "thesaurus"},
            {"dies", "die"}, {"leaves", "leave"}, {"halves", "half"}, {"shelves", "shelf"}, {"thieves", "thief"},
            {"wolves", "wolf"}, {"selves", "self"}, {"themselves", "themselves"}, {"ourselves", "ourselves"},
            {"quarters", "quarter"}, {"hundreds", "hundred"}, {"thousands", "thousand"}, {"millions", "million"},
            {"billions", "billion"}, {"dozens", "dozen"}, {"scores", "score"}, {"died", "die"}, {"dying", "die"},
            {"lying", "lie"}, {"tied", "tie"}, {"eyed", "eye"}, {"sped", "speed"}, {"bled", "bleed"}, {"fled", "flee"},
            {"led", "lead"}, {"fed", "feed"}, {"bred", "breed"}, {"shed", "shed"}, {"wed", "wed"}, {"red", "red"},
            {"bed", "bed"}, {"need", "need"}, {"seed", "seed"}, {"speed", "speed"}, {"deed", "deed"}, {"feed", "feed"},
            {"creed", "creed"}, {"greed", "greed"}, {"hundred", "hundred"}, {"kindred", "kindred"}, {"sacred", "sacred"},
            {"naked", "naked"}, {"wicked", "wicked"}, {"ragged", "ragged"}, {"rugged", "rugged"}, {"jagged", "jagged"},
            {"beloved", "beloved"}, {"learned", "learn"}, {"aged", "age"}, {"embed", "embed"}, {"shred", "shred"},
            {"sled", "sled"}, {"bring", "bring"}, {"thing", "thing"}, {"nothing", "nothing"}, {"something", "something"},
            {"anything", "anything"}, {"everything", "everything"}, {"king", "king"}, {"ring", "ring"}, {"wing", "wing"},
            {"sing", "sing"}, {"spring", "spring"}, {"string", "string"}, {"sting", "sting"}, {"swing", "swing"},
            {"morning", "morning"}, {"evening", "evening"}, {"during", "during"}, {"ceiling", "ceiling"},
            {"building", "building"}, {"meeting", "meeting"}, {"briefing", "briefing"}, {"hearing", "hearing"},
            {"ruling", "ruling"}, {"funding", "funding"}, {"spending", "spending"}, {"landing", "landing"},
            {"polling", "polling"}, {"killing", "killing"}, {"shooting", "shooting"}, {"bombing", "bombing"},
            {"flooding", "flooding"}, {"warning", "warning"}, {"opening", "opening"}, {"beginning", "beginning"},
            {"ending", "ending"}, {"offering", "offering"}, {"filing", "filing"}, {"listing", "listing"},
            {"housing", "housing"}, {"training", "training"}, {"trading", "trading"}, {"sitting", "sitting"},
            {"timing", "timing"}, {"testing", "testing"}, {"financing", "financing"}, {"lending", "lending"},
            {"borrowing", "borrowing"}, {"tightening", "tightening"}, {"easing", "easing"}, {"outstanding", "outstanding"},
            {"according", "according"}, {"including", "including"}, {"following", "following"}, {"remaining", "remaining"},
            {"leading", "leading"}, {"ongoing", "ongoing"}, {"upcoming", "upcoming"}, {"incoming", "incoming"},
            {"outgoing", "outgoing"}, {"existing", "existing"}, {"starting", "start"}};
        for (String[] n : nouns) {
            IRREGULAR.putIfAbsent(n[0], n[1]);
        }
    }

    private Lemmas() {}

    /**
     * The lemma of {@code word} (any case). {@code known} says which base forms exist: a candidate in it wins,
     * otherwise the shortest regular candidate is returned.
     */
    public static String of(String word, Set<String> known) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s'") || w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
            w = w.substring(0, w.length() - 1);
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        PartsOfSpeech pos = PartsOfSpeech.get();
        String wordnet = pos.irregular(w);
        if (wordnet != null) {
            return wordnet;
        }
        boolean inflected = w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing");
        if (known.contains(w) || w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))
                || !inflected && pos.isLemma(w)) {
            return w;
        }
        for (String c : candidates(w)) {
            if (c != null && (known.contains(c) || pos.isLemma(c))) {
                return c;
            }
        }
        return pos.isLemma(w) ? w : crude(w);
    }

    /**
     * One key for every form of a word the dictionary does not know: the suffix and a final "e" go, a doubled
     * consonant is halved ("escalated", "escalates", "escalating" → "escalat"; "stopped" → "stop").
     */
    private static String crude(String w) {
        String s = w;
        int n = s.length();
        if (s.endsWith("ies") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("ied") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("ing") && n > 5) {
            s = s.substring(0, n - 3);
        } else if (s.endsWith("ed") && n > 4) {
            s = s.substring(0, n - 2);
        } else if ((s.endsWith("ches") || s.endsWith("shes") || s.endsWith("sses") || s.endsWith("xes")) && n > 5) {
            s = s.substring(0, n - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && n > 3) {
            s = s.substring(0, n - 1);
        }
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        String u = undouble(s);
        return u != null && s.length() > 4 ? u : s;
    }

    /** Regular base forms of {@code w}, most likely first. */
    private static String[] candidates(String w) {
        int n = w.length();
        if (w.endsWith("ies") && n > 4) {
            return new String[] {w.substring(0, n - 3) + "y", w.substring(0, n - 1)};
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zes")) {
            return new String[] {w.substring(0, n - 2), w.substring(0, n - 1)};
        }
        if (w.endsWith("oes") && n > 4) {
            return new String[] {w.substring(0, n - 2), w.substring(0, n - 1)};
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return new String[] {w.substring(0, n - 1)};
        }
        if (w.endsWith("ied") && n > 4) {
            return new String[] {w.substring(0, n - 3) + "y", w.substring(0, n - 1)};
        }
        if (w.endsWith("ed") && n > 4) {
            String stem = w.substring(0, n - 2);
            return new String[] {stem + "e", undouble(stem), stem, w.substring(0, n - 1)};
        }
        if (w.endsWith("ing") && n > 5) {
            String stem = w.substring(0, n - 3);
            return new String[] {stem + "e", undouble(stem), stem};
        }
        return new String[] {w};
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "bdfgklmnprtz".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        return null;
    }
}
