package com.starlightdesk.data.codes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The code set in memory, with the indexes its searches read: codes as sorted numbers (a code prefix is
 * a range of them), and every description word with the descriptions that hold it (its posting list).
 * Descriptions are numbered by rank, shorter first, so posting lists are in rank order and a search
 * stops as soon as it has enough. A search finds the words its terms start (a scan of some 7,500 words),
 * joins their posting lists in bit sets, one a term, and intersects them. The text stays the byte array
 * it was read into; a {@link DiagnosisCode} is made only for what a search returns.
 *
 * <p>Reading finds the lines and codes, sorts the codes, sorts the descriptions by length (a counting
 * sort) and reads their words in that order, then lays out the posting lists: no object per code, so
 * the first search after start stays short. Immutable once built; thread-safe.
 */
final class CodeIndex {
    /** Bits of a sort key that carry a line number (the set holds far fewer lines). */
    private static final int LINE_BITS = 20;
    private static final int LINE_MASK = (1 << LINE_BITS) - 1;
    /** The longest code: 7 characters of 6 bits make a code's number. */
    private static final int CODE_CHARS = 7;
    /** A description's words, on average, when sizing the first token array. */
    private static final int WORDS_A_LINE = 12;

    private final byte[] text;
    /** Each code as a number ({@link #codeNumber}), sorted; a code's index here is its id. */
    private final long[] codeNumbers;
    /** Id → the line (from 0, after the header) that holds it. */
    private final int[] lineOf;
    /** Line → where its code starts in the text. */
    private final int[] lineStart;
    /** Line → where its description starts (after the tab) and ends (the newline). */
    private final int[] descriptionStart;
    private final int[] descriptionEnd;
    /** Rank → id: shorter descriptions first, then in code order. */
    private final int[] byRank;
    /** Rank → its description's first word, -1 when it has none. */
    private final int[] firstWord;
    /** Every description word (lower-case ASCII letters and digits), in the order first met. */
    private final byte[][] words;
    /** Word → where its ranks start and end in {@link #postings}. */
    private final int[] postingStart;
    private final int[] postingEnd;
    /** For each word in turn, the ranks of the descriptions holding it, ascending. */
    private final int[] postings;

    private CodeIndex(Builder b, int[] byRank, byte[][] words, int[] firstWord, int[] postingStart, int[] postingEnd,
            int[] postings) {
        this.text = b.text;
        this.codeNumbers = b.codeNumbers;
        this.lineOf = b.lineOf;
        this.lineStart = b.lineStart;
        this.descriptionStart = b.descriptionStart;
        this.descriptionEnd = b.descriptionEnd;
        this.byRank = byRank;
        this.words = words;
        this.firstWord = firstWord;
        this.postingStart = postingStart;
        this.postingEnd = postingEnd;
        this.postings = postings;
    }

    int size() {
        return codeNumbers.length;
    }

    DiagnosisCode code(int id) {
        int line = lineOf[id];
        int start = descriptionStart[line];
        return new DiagnosisCode(new String(text, lineStart[line], start - 1 - lineStart[line], StandardCharsets.ISO_8859_1),
                new String(text, start, descriptionEnd[line] - start, StandardCharsets.ISO_8859_1));
    }

    /** The id of {@code code} (undotted, upper case, letters and digits), or -1. */
    int find(String code) {
        int at = Arrays.binarySearch(codeNumbers, codeNumber(code, 0));
        return at >= 0 ? at : -1;
    }

    /** The ids of the codes starting with {@code prefix} (upper-case letters and digits): {@code [from, to)}. */
    int[] codeRange(String prefix) {
        return new int[] {lowerBound(codeNumbers, codeNumber(prefix, 0)), lowerBound(codeNumbers, codeNumber(prefix, 63) + 1)};
    }

    /**
     * Up to {@code limit} ids whose descriptions hold, for every term, a word starting with it. Those
     * whose first word starts with a term come first; within each group, shorter descriptions first.
     */
    List<Integer> describedBy(List<String> terms, int limit) {
        int termCount = Math.min(terms.size(), Long.SIZE);
        byte[][] typed = new byte[termCount][];
        for (int i = 0; i < termCount; i++) {
            typed[i] = terms.get(i).getBytes(StandardCharsets.ISO_8859_1);
        }
        // Which terms each word starts with, one bit a term.
        long[] startsTerms = new long[words.length];
        long every = 0;
        for (int w = 0; w < words.length; w++) {
            for (int i = 0; i < termCount; i++) {
                byte[] term = typed[i];
                if (words[w].length >= term.length && Arrays.equals(words[w], 0, term.length, term, 0, term.length)) {
                    startsTerms[w] |= 1L << i;
                }
            }
            every |= startsTerms[w];
        }
        if (Long.bitCount(every) < termCount) {
            return List.of();
        }
        long[] found = null;
        for (int i = 0; i < termCount; i++) {
            long[] holding = new long[(byRank.length + 63) >>> 6];
            for (int w = 0; w < words.length; w++) {
                if ((startsTerms[w] & 1L << i) != 0) {
                    for (int p = postingStart[w], end = postingEnd[w]; p < end; p++) {
                        int rank = postings[p];
                        holding[rank >>> 6] |= 1L << rank;
                    }
                }
            }
            if (found == null) {
                found = holding;
            } else {
                for (int j = 0; j < found.length; j++) {
                    found[j] &= holding[j];
                }
            }
        }
        List<Integer> leading = new ArrayList<>(limit);
        List<Integer> others = new ArrayList<>(limit);
        scan:
        for (int j = 0; j < found.length; j++) {
            for (long bits = found[j]; bits != 0; bits &= bits - 1) {
                int rank = (j << 6) + Long.numberOfTrailingZeros(bits);
                if (firstWord[rank] >= 0 && startsTerms[firstWord[rank]] != 0) {
                    leading.add(byRank[rank]);
                    if (leading.size() == limit) {
                        break scan;
                    }
                } else if (others.size() < limit) {
                    others.add(byRank[rank]);
                }
            }
        }
        for (int j = 0; leading.size() < limit && j < others.size(); j++) {
            leading.add(others.get(j));
        }
        return leading;
    }

    /** The search terms in {@code query}: lower-case runs of letters and digits, apostrophes dropped. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        String q = query.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= q.length(); i++) {
            char c = i < q.length() ? q.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                term.append(c);
            } else if (c != '\'' && term.length() > 0) {
                terms.add(term.toString());
                term.setLength(0);
            }
        }
        return terms;
    }

    /**
     * A code (upper-case letters and digits, at most 7) as a number that sorts as the code does: 6 bits a
     * character, left-aligned, the unused characters filled with {@code fill} (0 sorts first, 63 last).
     */
    private static long codeNumber(CharSequence code, int fill) {
        long number = 0;
        for (int i = 0; i < CODE_CHARS; i++) {
            number = number << 6 | (i < code.length() ? characterNumber(code.charAt(i)) : fill);
        }
        return number;
    }

    private static int characterNumber(int c) {
        if (c >= '0' && c <= '9') {
            return 1 + c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return 11 + c - 'A';
        }
        return -1;
    }

    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Reads the tab-separated set: a header line, then {@code code<TAB>description} lines, LF-ended, codes
     * of 3 to 7 upper-case letters and digits. Fails on a malformed line or a repeated code.
     */
    static CodeIndex read(byte[] text) {
        return new Builder(text).build();
    }

    /** One reading of the text; used once, by one thread. */
    private static final class Builder {
        final byte[] text;
        int lines;
        int[] lineStart;
        int[] descriptionStart;
        int[] descriptionEnd;
        long[] codeNumbers;
        int[] lineOf;
        final WordTable table = new WordTable();
        /** Line → where its words start in {@link #tokens}; one more entry than lines. */
        int[] tokenStart;
        /** Every line's words in turn, as numbers from {@link #table}. */
        int[] tokens;
        /** Where each of {@link #tokens} ends in its description: the offset of the character after it. */
        int[] tokenEnd;
        int tokenCount;
        /** The word being read, lower case. */
        byte[] word = new byte[64];
        int[] postingStart;
        int[] postings;
        /** Word → where its list in {@link #postings} ends (where the next rank goes while they are filled). */
        int[] postingEnd;
        /** Word → the last rank listed for it. */
        int[] lastRank;

        Builder(byte[] text) {
            this.text = text;
            int expected = text.length / 64 + 16;
            lineStart = new int[expected];
            descriptionStart = new int[expected];
            descriptionEnd = new int[expected];
            codeNumbers = new long[expected];
        }

        CodeIndex build() {
            readLines();
            sortCodes();
            int[] byRank = rankByLength();
            readWords();
            // Each word's ranks, in room for as many as the word was met (a word twice in one description is
            // listed once, so a list may end before its room does).
            int words = table.size();
            postingStart = new int[words + 1];
            for (int w = 0; w < words; w++) {
                postingStart[w + 1] = postingStart[w] + table.occurrences(w);
            }
            postings = new int[postingStart[words]];
            postingEnd = Arrays.copyOf(postingStart, words);
            lastRank = new int[words];
            Arrays.fill(lastRank, -1);
            int[] firstWord = new int[lines];
            for (int rank = 0; rank < lines; rank++) {
                int line = lineOf[byRank[rank]];
                firstWord[rank] = tokenStart[line] < tokenStart[line + 1] ? tokens[tokenStart[line]] : -1;
                postWordsOf(rank, line);
            }
            return new CodeIndex(this, byRank, table.words(), firstWord, postingStart, postingEnd, postings);
        }

        private void postWordsOf(int rank, int line) {
            for (int t = tokenStart[line], end = tokenStart[line + 1]; t < end; t++) {
                int w = tokens[t];
                if (lastRank[w] != rank) {
                    lastRank[w] = rank;
                    postings[postingEnd[w]++] = rank;
                }
            }
        }

        /**
         * Each line's words, as numbers from the word table. Neighbouring lines often begin alike ("Displaced
         * fracture of shaft of right radius, initial encounter…" and "…, subsequent encounter…"): the words
         * a line shares whole with the line before it are taken from that line, and only the rest is read.
         */
        private void readWords() {
            tokenStart = new int[lines + 1];
            tokens = new int[lines * WORDS_A_LINE];
            tokenEnd = new int[tokens.length];
            for (int line = 0; line < lines; line++) {
                readWordsOf(line);
            }
            tokenStart[lines] = tokenCount;
        }

        /** One line's words (a method of its own, so that it is compiled early in a fresh JVM). */
        private void readWordsOf(int line) {
            tokenStart[line] = tokenCount;
            int start = descriptionStart[line];
            int end = descriptionEnd[line];
            int p = start;
            if (line > 0) {
                int shared = Arrays.mismatch(text, start, end, text, descriptionStart[line - 1], descriptionEnd[line - 1]);
                shared = shared < 0 ? end - start : shared;
                for (int t = tokenStart[line - 1], last = tokenStart[line]; t < last && tokenEnd[t] < shared; t++) {
                    tokens[tokenCount] = tokens[t];
                    table.meet(tokens[t]);
                    tokenEnd[tokenCount++] = tokenEnd[t];
                    p = start + tokenEnd[t];
                }
            }
            int length = 0;
            for (; p <= end; p++) {
                int c = p < end ? text[p] : ' ';
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    if (length == word.length) {
                        word = Arrays.copyOf(word, length * 2);
                    }
                    word[length++] = (byte) c;
                } else if (c != '\'' && length > 0) {
                    if (tokenCount == tokens.length) {
                        tokens = Arrays.copyOf(tokens, tokenCount * 2);
                        tokenEnd = Arrays.copyOf(tokenEnd, tokenCount * 2);
                    }
                    tokens[tokenCount] = table.id(word, length);
                    tokenEnd[tokenCount++] = p - start;
                    length = 0;
                }
            }
        }

        /** Each line's code as a number with the line's own number, and where its description lies. */
        private void readLines() {
            int p = 0;
            while (p < text.length && text[p] != '\n') {
                p++;
            }
            if (p == text.length) {
                throw new IllegalStateException("The code set has no header line");
            }
            p++;
            while (p < text.length) {
                if (lines == lineStart.length) {
                    grow();
                }
                if (lines == LINE_MASK) {
                    throw new IllegalStateException("The code set has too many lines");
                }
                lineStart[lines] = p;
                long number = 0;
                int length = 0;
                for (; p < text.length && text[p] != '\t'; p++) {
                    int c = characterNumber(text[p]);
                    if (c < 0 || ++length > CODE_CHARS) {
                        throw malformed();
                    }
                    number = number << 6 | c;
                }
                if (length < 3 || p == text.length) {
                    throw malformed();
                }
                codeNumbers[lines] = (number << 6 * (CODE_CHARS - length)) << LINE_BITS | lines;
                descriptionStart[lines] = ++p;
                while (p < text.length && text[p] != '\n') {
                    p++;
                }
                descriptionEnd[lines] = p;
                if (p == descriptionStart[lines]) {
                    throw malformed();
                }
                lines++;
                p++;
            }
        }

        private IllegalStateException malformed() {
            return new IllegalStateException("Line " + (lines + 2) + " of the code set is not a code, a tab and a description");
        }

        private void grow() {
            int size = lineStart.length * 2;
            lineStart = Arrays.copyOf(lineStart, size);
            descriptionStart = Arrays.copyOf(descriptionStart, size);
            descriptionEnd = Arrays.copyOf(descriptionEnd, size);
            codeNumbers = Arrays.copyOf(codeNumbers, size);
        }

        /** Sorts the codes; afterwards {@code codeNumbers} holds the bare numbers and {@code lineOf} their lines. */
        private void sortCodes() {
            long[] sorted = Arrays.copyOf(codeNumbers, lines);
            Arrays.sort(sorted);
            lineOf = new int[lines];
            for (int id = 0; id < lines; id++) {
                lineOf[id] = (int) (sorted[id] & LINE_MASK);
                sorted[id] >>>= LINE_BITS;
                if (id > 0 && sorted[id] == sorted[id - 1]) {
                    throw new IllegalStateException("Line " + (lineOf[id] + 2) + " of the code set repeats a code");
                }
            }
            codeNumbers = sorted;
        }

        /** Rank → id, shorter descriptions first and in code order among equals (a counting sort). */
        private int[] rankByLength() {
            int longest = 0;
            for (int line = 0; line < lines; line++) {
                longest = Math.max(longest, descriptionEnd[line] - descriptionStart[line]);
            }
            int[] start = new int[longest + 2];
            for (int line = 0; line < lines; line++) {
                start[descriptionEnd[line] - descriptionStart[line] + 1]++;
            }
            for (int length = 1; length < start.length; length++) {
                start[length] += start[length - 1];
            }
            int[] byRank = new int[lines];
            for (int id = 0; id < lines; id++) {
                int line = lineOf[id];
                byRank[start[descriptionEnd[line] - descriptionStart[line]]++] = id;
            }
            return byRank;
        }
    }

    /** Numbers distinct words in the order they are first met (open addressing over their bytes). */
    private static final class WordTable {
        private int[] slots = new int[1 << 14];
        private byte[][] words = new byte[1 << 13][];
        private int[] hashes = new int[1 << 13];
        private int[] occurrences = new int[1 << 13];
        private int size;

        WordTable() {
            Arrays.fill(slots, -1);
        }

        int id(byte[] word, int length) {
            int hash = 1;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + word[i];
            }
            hash ^= hash >>> 16;
            int mask = slots.length - 1;
            for (int at = hash & mask;; at = (at + 1) & mask) {
                int id = slots[at];
                if (id < 0) {
                    return add(word, length, hash, at);
                }
                if (hashes[id] == hash && Arrays.equals(words[id], 0, words[id].length, word, 0, length)) {
                    occurrences[id]++;
                    return id;
                }
            }
        }

        private int add(byte[] word, int length, int hash, int at) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                occurrences = Arrays.copyOf(occurrences, size * 2);
            }
            int id = size++;
            words[id] = Arrays.copyOf(word, length);
            hashes[id] = hash;
            occurrences[id] = 1;
            slots[at] = id;
            if (size * 2 > slots.length) {
                slots = new int[slots.length * 2];
                Arrays.fill(slots, -1);
                int mask = slots.length - 1;
                for (int i = 0; i < size; i++) {
                    int s = hashes[i] & mask;
                    while (slots[s] >= 0) {
                        s = (s + 1) & mask;
                    }
                    slots[s] = i;
                }
            }
            return id;
        }

        int size() {
            return size;
        }

        /** Counts one more meeting of word {@code id}, read from a neighbouring line. */
        void meet(int id) {
            occurrences[id]++;
        }

        /** How many times word {@code id} was met. */
        int occurrences(int id) {
            return occurrences[id];
        }

        byte[][] words() {
            return Arrays.copyOf(words, size);
        }
    }
}
