package io.tenure.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts an article's blocks into passages of about a quotable size: whole paragraphs packed together
 * under one heading up to the target length, list items kept with the sentence that introduces them,
 * and a paragraph much longer than the target cut at sentence ends. A passage never spans two sections,
 * so its heading says what it is about.
 */
public final class PassageSplitter {
    /** After a sentence end; CJK full stops need no space after them. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])");
    /** Passages shorter than this are menu leftovers ("Yes", "No", "Related articles"). */
    private static final int MIN_CHARS = 12;

    private final int target;

    /** @param target the passage length aimed for, in characters */
    public PassageSplitter(int target) {
        this.target = Math.max(100, target);
    }

    List<Passage> split(String article, String language, String title, String searchTitle, String path, List<Block> blocks) {
        List<Passage> passages = new ArrayList<>();
        String section = "";
        List<String> units = new ArrayList<>();
        for (Block block : blocks) {
            switch (block.kind()) {
                case TITLE, SEARCH_TITLE -> {
                }
                case HEADING -> {
                    pack(units, article, language, title, searchTitle, section, path, passages);
                    units.clear();
                    section = block.text();
                }
                case ITEM -> {
                    // A list belongs to the sentence before it ("The fees are:"), unless that grew too long.
                    if (!units.isEmpty() && length(units.get(units.size() - 1)) + length(block.text()) <= target) {
                        units.set(units.size() - 1, units.get(units.size() - 1) + "\n" + block.text());
                    } else {
                        units.add(block.text());
                    }
                }
                case PARAGRAPH -> units.addAll(cut(block.text()));
            }
        }
        pack(units, article, language, title, searchTitle, section, path, passages);
        return passages;
    }

    private void pack(List<String> units, String article, String language, String title, String searchTitle, String section,
                      String path, List<Passage> passages) {
        StringBuilder current = new StringBuilder();
        for (String unit : units) {
            int together = length(current) + length(unit);
            // A short passage takes the next paragraph even past the target: too little to quote alone.
            if (!current.isEmpty() && together > target
                    && (length(current) >= target / 2 || together > target * 3 / 2)) {
                emit(current, article, language, title, searchTitle, section, path, passages);
            }
            if (!current.isEmpty()) {
                current.append("\n\n");
            }
            current.append(unit);
        }
        emit(current, article, language, title, searchTitle, section, path, passages);
    }

    private static void emit(StringBuilder text, String article, String language, String title, String searchTitle, String section,
                             String path, List<Passage> passages) {
        String passage = text.toString().strip();
        text.setLength(0);
        if (passage.codePointCount(0, passage.length()) < MIN_CHARS) {
            return;
        }
        passages.add(new Passage(article, language, title, searchTitle, section, passage, path, passages.size()));
    }

    /** A paragraph well over the target is cut at sentence ends (or, without any, at spaces). */
    private List<String> cut(String paragraph) {
        if (length(paragraph) <= target * 3 / 2) {
            return List.of(paragraph);
        }
        String[] sentences = SENTENCE.split(paragraph);
        if (sentences.length <= 1) {
            // Thai separates sentences by spaces only.
            sentences = paragraph.split("(?<=\\s)");
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : sentences) {
            if (!current.isEmpty() && length(current) + length(sentence) > target) {
                pieces.add(current.toString().strip());
                current.setLength(0);
            }
            if (!current.isEmpty() && !Character.isWhitespace(current.charAt(current.length() - 1))
                    && !endsWithCjkStop(current)) {
                current.append(' ');
            }
            current.append(sentence);
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString().strip());
        }
        return pieces;
    }

    private static boolean endsWithCjkStop(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '。' || last == '！' || last == '？';
    }

    private static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }
}
