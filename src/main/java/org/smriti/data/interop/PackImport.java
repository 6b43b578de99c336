package org.smriti.data.interop;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smriti.core.question.Question;
import org.smriti.data.AtomicFiles;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.PackProblem;
import org.smriti.data.bank.PackSummary;
import org.smriti.data.bank.RefusedPack;

/**
 * Imports a user pack - the bank's JSON format or a simple CSV - into {@code <dataDir>/packs/}, where the app
 * loads it at its next start. {@link #preview} converts and validates without writing anything: the new pack is
 * checked together with the bundled and the user's existing packs, so a reused id is refused. {@link #save}
 * then writes the whole pack atomically, or nothing.
 */
public final class PackImport {

    /** Larger files are refused unread: a pack of a few hundred questions is well under 1 MB. */
    public static final long MAX_BYTES = 1024 * 1024;

    private PackImport() {
    }

    public static ImportPreview preview(Path file, Path dataDir) throws IOException {
        String source = file.getFileName().toString();
        String lower = source.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        String packName = packName(source);
        String target = "packs/" + packName + ".json";
        if (!csv && !lower.endsWith(".json")) {
            return ImportPreview.refused(source, target, List.of(
                    source + ": not a pack; choose a .json pack or a .csv file"));
        }
        if (!Files.isRegularFile(file)) {
            return ImportPreview.refused(source, target, List.of(source + ": no such file"));
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return ImportPreview.refused(source, target, List.of(String.format(Locale.ROOT,
                    "%s: %.1f MB is more than the 1 MB a pack may have; split it into smaller files",
                    source, size / (1024.0 * 1024.0))));
        }
        if (Files.exists(BankLoader.userPacksDir(dataDir).resolve(packName + ".json"))) {
            return ImportPreview.refused(source, target, List.of(source + ": " + target
                    + " already exists; rename the file to import it as another pack"));
        }
        byte[] content = Files.readAllBytes(file);
        CsvPackImport.Conversion conversion = csv ? CsvPackImport.convert(source, packName, content) : null;
        if (conversion != null && !conversion.problems().isEmpty()) {
            return ImportPreview.refused(source, target, conversion.problems());
        }
        byte[] json = csv ? conversion.packJson() : content;
        // Labelled with its future name, which no loaded pack has (checked above), to find it in the result.
        LoadedBank check = BankLoader.loadAppWith(dataDir, target, json);
        List<PackProblem> problems = check.refused().stream()
                .filter(r -> r.file().equals(target))
                .map(RefusedPack::problems)
                .findFirst().orElse(List.of());
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (PackProblem p : problems) {
                lines.add(csv ? CsvPackImport.describe(p, source, conversion)
                        : new PackProblem(source, p.questionId(), p.field(), p.message()).toString());
            }
            return ImportPreview.refused(source, target, lines);
        }
        PackSummary summary = check.packs().get(check.packs().size() - 1);
        List<Question> all = check.bank().questions();
        return new ImportPreview(source, target, json, all.subList(all.size() - summary.questions(), all.size()),
                List.of());
    }

    /**
     * Writes the previewed pack into {@code <dataDir>/packs/}; returns the file written.
     *
     * @throws IllegalArgumentException if the preview has problems (nothing may be imported)
     * @throws FileAlreadyExistsException if a pack of that name appeared since the preview
     */
    public static Path save(ImportPreview preview, Path dataDir) throws IOException {
        if (!preview.canImport()) {
            throw new IllegalArgumentException(preview.source() + ": has problems, nothing imported: "
                    + preview.problems().get(0));
        }
        Path target = dataDir.resolve(preview.target());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a pack of that name already exists");
        }
        AtomicFiles.write(target, preview.packJson());
        return target;
    }

    /**
     * The pack's short name from the file name: lower-case letters and digits joined by {@code -}, as ids are
     * ({@code My Pack (2).csv} → {@code my-pack-2}).
     */
    static String packName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String name = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "pack" : name;
    }
}
