package org.smriti.data.bank;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.smriti.core.source.SourceDocument;

/**
 * Human titles and credits of the seed documents, which carry no reliable title of their own; kept in
 * {@code sources.json} next to this class because {@code seeds/} must stay byte-for-byte as delivered.
 */
final class SourceCatalog {

    static final String RESOURCE = "sources.json";

    /** Gson DTO of sources.json, format 1. */
    static final class CatalogDto {
        int format;
        List<EntryDto> documents;
    }

    /** One document; every field but {@code file} and {@code title} is optional. */
    static final class EntryDto {
        String file;
        String title;
        String publisher;
        String author;
        String date;
    }

    private final Map<String, EntryDto> byFile;

    private SourceCatalog(Map<String, EntryDto> byFile) {
        this.byFile = byFile;
    }

    static SourceCatalog load() throws IOException {
        try (InputStream in = SourceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE + " next to " + SourceCatalog.class.getName());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CatalogDto dto = new Gson().fromJson(reader, CatalogDto.class);
                if (dto == null || dto.format != 1 || dto.documents == null) {
                    throw new IOException(RESOURCE + ": expected {\"format\": 1, \"documents\": [...]}");
                }
                Map<String, EntryDto> byFile = new HashMap<>();
                for (EntryDto e : dto.documents) {
                    Objects.requireNonNull(e.file, RESOURCE + ": a document without file");
                    Objects.requireNonNull(e.title, RESOURCE + ": " + e.file + " has no title");
                    byFile.put(e.file, e);
                }
                return new SourceCatalog(byFile);
            } catch (JsonParseException e) {
                throw new IOException(RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    /** The document with its catalogued title and credit; an uncatalogued file is titled by its name. */
    SourceDocument document(String file, String text) {
        EntryDto e = byFile.get(file);
        if (e == null) {
            return new SourceDocument(file, file, text, "");
        }
        StringJoiner credit = new StringJoiner(", ");
        for (String part : new String[] {e.publisher, e.author, e.date}) {
            if (part != null) {
                credit.add(part);
            }
        }
        return new SourceDocument(file, e.title, text, credit.toString());
    }
}
