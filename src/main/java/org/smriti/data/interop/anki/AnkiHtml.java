package org.smriti.data.interop.anki;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Anki field as plain text, safely: nothing of it is ever rendered or run. Follows Anki's own
 * {@code strip_html} and {@code decode_entities} (rslib/src/text.rs), with line breaks kept:
 *
 * <ul>
 *   <li>comments, {@code <style>} and {@code <script>} elements go with their content (an unclosed one takes the
 *       rest of the field, as a browser would);</li>
 *   <li>{@code <img>} and {@code <audio>}/{@code <video>}/{@code <object>} elements, and {@code [sound:…]} tags,
 *       are dropped and counted: Smriti does not import media;</li>
 *   <li>{@code <br>} is a line break; the block tags of Anki's {@code HTML_LINEBREAK_TAGS} ({@code div},
 *       {@code p}, {@code li}, {@code h1}…, and {@code tr}) start a new line when text follows;</li>
 *   <li>every other tag is removed, its text kept (bold and italic become plain);</li>
 *   <li>character references are decoded: named ones of HTML 4 ({@code &nbsp;} as a plain space, as Anki does),
 *       decimal and hexadecimal ones; one it does not know is left as written;</li>
 *   <li>spaces around line breaks and at both ends are trimmed.</li>
 * </ul>
 *
 * A field that is not HTML ({@code #html:false}) is text as written; only its {@code [sound:…]} tags are dropped.
 */
final class AnkiHtml {

    /** The text, and how many images and sounds (or videos) were dropped from it. */
    record Converted(String text, int images, int sounds) {
    }

    private static final Pattern HIDDEN = Pattern.compile(
            "<!--.*?(?:-->|\\z)|<(style|script)\\b[^>]*>.*?(?:</\\1\\s*>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAYER = Pattern.compile(
            "<(audio|video|object)\\b[^>]*>.*?(?:</\\1\\s*>|\\z)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]+]");
    private static final Pattern TAG = Pattern.compile("<.*?>", Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<br\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK = Pattern.compile("</?(?:address|article|aside|blockquote|canvas|dd|div|dl"
            + "|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|noscript|ol|output|p|pre"
            + "|section|table|tfoot|tr|ul|video)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");
    private static final Pattern SPACES_AT_BREAKS = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Map<String, Integer> NAMED = namedEntities();

    private AnkiHtml() {
    }

    static Converted convert(String field, boolean html) {
        int[] images = {0};
        int[] sounds = {0};
        String s = field.replace("\r\n", "\n").replace('\r', '\n');
        s = count(SOUND, s, sounds);
        if (html) {
            s = HIDDEN.matcher(s).replaceAll("");
            s = count(IMAGE, s, images);
            s = count(PLAYER, s, sounds);
            s = lines(s.replace('\n', ' ')); // a raw line break in HTML is a space
        }
        s = SPACES_AT_BREAKS.matcher(s).replaceAll("\n").strip();
        return new Converted(s, images[0], sounds[0]);
    }

    /** Decodes the character references of {@code text}. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = m.group(3) != null ? NAMED.getOrDefault(m.group(3), -1)
                    : m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT && !(cp >= 0xD800 && cp <= 0xDFFF);
            String replacement = !valid ? m.group() : cp == 0xA0 ? " " : new String(Character.toChars(cp));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace('\u00A0', ' ');
    }

    private static String count(Pattern p, String s, int[] counter) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            counter[0]++;
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Removes the tags; {@code <br>} gives a line break, a block tag one before the text that follows it. */
    private static String lines(String s) {
        StringBuilder out = new StringBuilder();
        boolean blockPending = false;
        Matcher tag = TAG.matcher(s);
        int at = 0;
        while (tag.find()) {
            blockPending = text(out, decode(s.substring(at, tag.start())), blockPending);
            if (BREAK.matcher(tag.group()).matches()) {
                if (blockPending) {
                    newLine(out);
                }
                out.append('\n');
                blockPending = false;
            } else if (BLOCK.matcher(tag.group()).matches()) {
                blockPending = true;
            }
            at = tag.end();
        }
        text(out, decode(s.substring(at)), blockPending);
        return out.toString();
    }

    /** Appends {@code text}; returns whether a block's line break is still owed (white space does not pay it). */
    private static boolean text(StringBuilder out, String text, boolean blockPending) {
        if (text.isBlank()) {
            out.append(text);
            return blockPending;
        }
        if (blockPending) {
            newLine(out);
        }
        out.append(text);
        return false;
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static Map<String, Integer> namedEntities() {
        Map<String, Integer> named = new HashMap<>();
        try (InputStream in = AnkiHtml.class.getResourceAsStream("html-entities.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> {
                String[] parts = l.split(" ");
                named.put(parts[0], Integer.parseInt(parts[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("html-entities.txt is part of Smriti", e);
        }
        return Map.copyOf(named);
    }
}
