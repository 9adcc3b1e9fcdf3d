package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a pattern behind a one-character gate: a lookahead for the characters a match can start with, so
 * {@code find()} passes over every other position in one cheap class test instead of trying each alternative of
 * the pattern there (a case-insensitive alternation of thirty hedge words costs thirty comparisons at every
 * character). The gate is read off the pattern's syntax and is a superset of its first characters, so the pattern
 * matches exactly where, and what, it matched before; a pattern whose first characters cannot be told (one that
 * can match the empty string, starts with "." or a back reference) is compiled as it is.
 */
public final class StartGate {

    /** {@code -Dcrosscheck.startGate=off} compiles every pattern as it is: for measuring what the gates save. */
    private static final boolean OFF = "off".equals(System.getProperty("crosscheck.startGate"));

    private static final java.util.Map<Pattern, Requirement> REQUIREMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Latin-1 is tested character by character; anything above it passes the gate (curly quotes, dashes). */
    private static final int EXACT_BELOW = 256;

    private StartGate() {}

    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /** {@code Pattern.compile(regex, flags)}, gated on its first characters when they can be told. */
    public static Pattern compile(String regex, int flags) {
        if (OFF) {
            return Pattern.compile(regex, flags);
        }
        String gate = gate(regex, flags);
        Pattern gated;
        try {
            gated = gate == null ? Pattern.compile(regex, flags) : Pattern.compile("(?=" + gate + ")(?:" + regex + ")", flags);
        } catch (PatternSyntaxException e) {
            // the error of the pattern as written, not of its gated form
            gated = Pattern.compile(regex, flags);
        }
        Requirement req = requirement(regex, flags);
        if (req != null) {
            REQUIREMENTS.put(gated, req);
        }
        return gated;
    }

    /**
     * False when {@code p} cannot match anywhere in the text {@code chars} describes: every match of it contains
     * one of a few words or characters, and the text has none of them. Always true for a pattern not compiled here.
     */
    public static boolean mayMatch(Pattern p, TextChars chars) {
        Requirement req = REQUIREMENTS.get(p);
        return req == null || req.metBy(chars);
    }

    /** What every match of a pattern contains: one of these words (case-folded) or a character of one of these classes. */
    private record Requirement(List<String> words, List<ClassTest> classes) {
        boolean metBy(TextChars chars) {
            for (ClassTest c : classes) {
                if (chars.hasAny(c.latin(), c.pattern())) {
                    return true;
                }
            }
            for (String w : words) {
                if (chars.folded().contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A character class: its members below 256 and the class itself for the characters above. */
    record ClassTest(BitSet latin, Pattern pattern) {}

    /** The requirement of a pattern, or null when none can be told (the pattern is then always run). */
    static Requirement requirement(String regex, int flags) {
        if ((flags & (Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL)) != 0) {
            return null;
        }
        try {
            Parser p = new Parser(regex, (flags & Pattern.CASE_INSENSITIVE) != 0, (flags & Pattern.UNICODE_CASE) != 0);
            First first = p.alternation();
            if (p.pos != regex.length() || first.req == null) {
                return null;
            }
            int base = flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            List<String> words = new ArrayList<>();
            List<ClassTest> classes = new ArrayList<>();
            for (Atom a : new java.util.LinkedHashSet<>(first.req)) {
                if (a.word() != null) {
                    words.add(TextChars.fold(a.word()));
                } else {
                    int f = base | (a.ci() ? Pattern.CASE_INSENSITIVE : 0) | (a.unicode() ? Pattern.UNICODE_CASE : 0);
                    Pattern c = CLASSES.computeIfAbsent(f + "/" + a.regex(), k -> Pattern.compile(a.regex(), f));
                    BitSet latin = members(a, base);
                    classes.add(new ClassTest(latin, c));
                }
            }
            return new Requirement(List.copyOf(words), List.copyOf(classes));
        } catch (Unknown | PatternSyntaxException e) {
            return null;
        }
    }

    /** The lookahead's class, or null when the pattern's first characters cannot be told. */
    static String gate(String regex, int flags) {
        if ((flags & (Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL)) != 0) {
            return null;
        }
        First first;
        try {
            Parser p = new Parser(regex, (flags & Pattern.CASE_INSENSITIVE) != 0, (flags & Pattern.UNICODE_CASE) != 0);
            first = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
        } catch (Unknown e) {
            return null;
        }
        if (first.any || first.nullable || first.atoms.isEmpty()) {
            return null;
        }
        // each atom is tested, with the flags it is read under, on every Latin-1 character
        int base = flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        BitSet chars = new BitSet(EXACT_BELOW);
        try {
            for (Atom a : first.atoms) {
                chars.or(members(a, base));
            }
        } catch (PatternSyntaxException e) {
            return null;
        }
        StringBuilder sb = new StringBuilder("[");
        for (int c = chars.nextSetBit(0); c >= 0; c = chars.nextSetBit(c + 1)) {
            sb.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
        return sb.append("\\x{100}-\\x{10FFFF}]").toString();
    }

    private static final java.util.Map<String, BitSet> MEMBERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Pattern> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The Latin-1 characters an atom matches (a superset for a literal character read case-insensitively). Classes
     * are tested once per class and flags: the patterns share most of them, and start-up pays for each test.
     */
    private static BitSet members(Atom a, int base) {
        String r = a.regex();
        if (r.startsWith("\\x{") && r.endsWith("}") && r.indexOf('}') == r.length() - 1) {
            int c = Integer.parseInt(r.substring(3, r.length() - 1), 16);
            BitSet b = new BitSet(EXACT_BELOW);
            // in Latin-1 a character's other cases are its upper and lower case (and the lower of its upper)
            int[] forms = a.ci() ? new int[] {c, Character.toUpperCase(c), Character.toLowerCase(c),
                    Character.toLowerCase(Character.toUpperCase(c)), Character.toUpperCase(Character.toLowerCase(c))} : new int[] {c};
            for (int f : forms) {
                if (f < EXACT_BELOW) {
                    b.set(f);
                }
            }
            return b;
        }
        int flags = base | (a.ci() ? Pattern.CASE_INSENSITIVE : 0) | (a.unicode() ? Pattern.UNICODE_CASE : 0);
        return MEMBERS.computeIfAbsent(flags + "/" + r, k -> {
            Matcher m = Pattern.compile(r, flags).matcher("");
            BitSet b = new BitSet(EXACT_BELOW);
            // a String per character, not a CharBuffer: the regex engine's calls on its text then see one class only
            for (int ch = 0; ch < EXACT_BELOW; ch++) {
                if (m.reset(String.valueOf((char) ch)).matches()) {
                    b.set(ch);
                }
            }
            return b;
        });
    }

    /**
     * A character class a character of a match may be in, with the case flags it is read under; or, when
     * {@code word} is set, a run of literal characters a match contains.
     */
    private record Atom(String regex, boolean ci, boolean unicode, String word) {
        Atom(String regex, boolean ci, boolean unicode) {
            this(regex, ci, unicode, null);
        }

        /**
         * A guess at how many texts have it and what testing it costs: long words are rare, digits less common than
         * letters, and a space is in every sentence.
         */
        int cost() {
            if (word != null) {
                return word.length() >= 3 ? 1 : word.length() == 2 ? 4 : word.isBlank() ? 500 : 40;
            }
            if (regex.equals("\\d")) {
                return 6;
            }
            try {
                return members(this, 0).get(' ') ? 500 : 50;
            } catch (PatternSyntaxException e) {
                return 500;
            }
        }
    }

    /** The first characters of a piece of pattern: {@code any} when they cannot be told. */
    private static final class First {
        final List<Atom> atoms = new ArrayList<>();
        boolean nullable;
        boolean any;
        /** What every match contains, one of: null when nothing can be told. */
        List<Atom> req;
        /** The literal character this piece is, once, or -1. */
        int literal = -1;
        boolean zeroWidth;

        static int cost(List<Atom> req) {
            int c = 0;
            for (Atom a : req) {
                c += a.cost();
            }
            return c;
        }

        static First empty() {
            First f = new First();
            f.nullable = true;
            return f;
        }

        /** An assertion or flag: reads no character, so it neither starts nor breaks a run of literal characters. */
        static First zeroWidth() {
            First f = empty();
            f.zeroWidth = true;
            return f;
        }
    }

    /** Thrown where the syntax is not one this reading knows: the pattern is then compiled without a gate. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over the pattern's syntax, keeping track of the case flags in force. */
    private static final class Parser {
        final String re;
        int pos;
        boolean ci;
        boolean unicode;

        Parser(String re, boolean ci, boolean unicode) {
            this.re = re;
            this.ci = ci;
            this.unicode = unicode;
        }

        First alternation() {
            boolean saveCi = ci;
            boolean saveU = unicode;
            First all = sequence();
            boolean alternatives = false;
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                alternatives = true;
                // an inline flag lasts to the end of its group, across the alternatives
                First next = sequence();
                all.atoms.addAll(next.atoms);
                all.nullable |= next.nullable;
                all.any |= next.any;
                if (all.req != null && next.req != null) {
                    List<Atom> union = new ArrayList<>(all.req);
                    union.addAll(next.req);
                    all.req = union;
                } else {
                    all.req = null;
                }
            }
            if (alternatives) {
                all.literal = -1;
            }
            ci = saveCi;
            unicode = saveU;
            return all;
        }

        First sequence() {
            First seq = First.empty();
            List<List<Atom>> candidates = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int items = 0;
            int lastLiteral = -1;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                First item = quantified();
                items++;
                lastLiteral = item.literal;
                if (seq.nullable) {
                    seq.atoms.addAll(item.atoms);
                    seq.any |= item.any;
                    seq.nullable = item.nullable;
                }
                // a run of literal characters, each once, is one word every match contains
                if (item.literal >= 0) {
                    run.appendCodePoint(item.literal);
                } else if (!item.zeroWidth) {
                    endRun(run, candidates);
                }
                if (item.req != null && item.literal < 0) {
                    candidates.add(item.req);
                }
            }
            endRun(run, candidates);
            for (List<Atom> c : candidates) {
                if (seq.req == null || First.cost(c) < First.cost(seq.req)) {
                    seq.req = c;
                }
            }
            seq.literal = items == 1 ? lastLiteral : -1;
            return seq;
        }

        private void endRun(StringBuilder run, List<List<Atom>> candidates) {
            if (run.length() > 0) {
                candidates.add(List.of(new Atom(null, ci, unicode, run.toString())));
                run.setLength(0);
            }
        }

        First quantified() {
            First item = atom();
            if (pos < re.length()) {
                char q = re.charAt(pos);
                if (q == '?' || q == '*' || q == '+' || q == '{') {
                    item.literal = -1;
                }
                if (q == '?' || q == '*') {
                    pos++;
                    item.nullable = true;
                    item.req = null;
                } else if (q == '+') {
                    pos++;
                } else if (q == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unknown();
                    }
                    String body = re.substring(pos + 1, close);
                    if (body.isEmpty() || !Character.isDigit(body.charAt(0)) || !body.chars().allMatch(ch -> ch == ',' || Character.isDigit(ch))
                            || body.indexOf(',') != body.lastIndexOf(',')) {
                        throw new Unknown();
                    }
                    if (Integer.parseInt(body.split(",")[0]) == 0) {
                        item.nullable = true;
                        item.req = null;
                    }
                    pos = close + 1;
                } else {
                    return item;
                }
                if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                    pos++;
                }
            }
            return item;
        }

        First atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return single(charClass());
                case '.':
                    pos++;
                    return anything();
                case '^':
                case '$':
                    pos++;
                    return First.zeroWidth();
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unknown();
                default:
                    int cp = re.codePointAt(pos);
                    pos += Character.charCount(cp);
                    First f = single("\\x{" + Integer.toHexString(cp) + "}");
                    f.literal = cp;
                    f.req = List.of(new Atom(null, ci, unicode, new String(Character.toChars(cp))));
                    return f;
            }
        }

        First group() {
            pos++;
            boolean saveCi = ci;
            boolean saveU = unicode;
            boolean lookaround = false;
            if (re.startsWith("?", pos)) {
                if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                    pos += 2;
                } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                    pos += 2;
                    lookaround = true;
                } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                    pos += 3;
                    lookaround = true;
                } else if (re.startsWith("?<", pos)) {
                    int close = re.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unknown();
                    }
                    pos = close + 1;
                } else {
                    // inline flags: (?i) for the rest of the enclosing group, (?i:X) for X
                    int p = pos + 1;
                    boolean on = true;
                    boolean newCi = ci;
                    boolean newU = unicode;
                    while (p < re.length() && re.charAt(p) != ')' && re.charAt(p) != ':') {
                        char f = re.charAt(p);
                        switch (f) {
                            case '-' -> on = false;
                            case 'i' -> newCi = on;
                            case 'u' -> newU = on;
                            case 's', 'm', 'd', 'U' -> {
                                if (f == 'U') {
                                    throw new Unknown();
                                }
                            }
                            default -> throw new Unknown();
                        }
                        p++;
                    }
                    if (p >= re.length()) {
                        throw new Unknown();
                    }
                    pos = p + 1;
                    if (re.charAt(p) == ')') {
                        ci = newCi;
                        unicode = newU;
                        return First.zeroWidth();
                    }
                    ci = newCi;
                    unicode = newU;
                }
            }
            First inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new Unknown();
            }
            pos++;
            ci = saveCi;
            unicode = saveU;
            // a lookaround reads no character of the match
            return lookaround ? First.zeroWidth() : inner;
        }

        First escape() {
            if (pos + 1 >= re.length()) {
                throw new Unknown();
            }
            char e = re.charAt(pos + 1);
            int start = pos;
            pos += 2;
            switch (e) {
                case 'b', 'B', 'A', 'G', 'z', 'Z':
                    return First.zeroWidth();
                case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 't', 'n', 'r', 'f', 'a', 'e':
                    return single(re.substring(start, pos));
                case 'p', 'P':
                    if (pos < re.length() && re.charAt(pos) == '{') {
                        int close = re.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unknown();
                        }
                        pos = close + 1;
                    } else {
                        pos++;
                    }
                    return single(re.substring(start, pos));
                case 'x':
                    if (pos < re.length() && re.charAt(pos) == '{') {
                        int close = re.indexOf('}', pos);
                        if (close < 0) {
                            throw new Unknown();
                        }
                        pos = close + 1;
                    } else {
                        pos += 2;
                    }
                    return single(re.substring(start, pos));
                case 'u':
                    pos += 4;
                    return single(re.substring(start, pos));
                default:
                    if (Character.isLetterOrDigit(e)) {
                        // back references, \Q, \R, \X, \k<name>, octal, control characters: not read here
                        throw new Unknown();
                    }
                    return single(re.substring(start, pos));
            }
        }

        /** The text of a character class starting at {@code pos}, nested classes and escapes included. */
        String charClass() {
            int start = pos;
            int depth = 0;
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == '\\') {
                    if (re.startsWith("\\Q", pos)) {
                        throw new Unknown();
                    }
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    pos++;
                    if (pos < re.length() && re.charAt(pos) == '^') {
                        pos++;
                    }
                    if (pos < re.length() && re.charAt(pos) == ']') {
                        // "[]...]": an opening bracket read literally is not handled here
                        throw new Unknown();
                    }
                    continue;
                }
                pos++;
                if (c == ']' && --depth == 0) {
                    return re.substring(start, pos);
                }
            }
            throw new Unknown();
        }

        First single(String atomRegex) {
            First f = new First();
            f.atoms.add(new Atom(atomRegex, ci, unicode));
            f.req = List.copyOf(f.atoms);
            return f;
        }

        First anything() {
            First f = new First();
            f.any = true;
            return f;
        }
    }
}
