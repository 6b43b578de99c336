package org.smriti.data.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.smriti.data.AtomicFiles;
import org.smriti.data.FileTimestamps;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.journal.ProgressStore;
import org.smriti.data.notes.NoteStore;
import org.smriti.data.settings.SettingsStore;

/**
 * Zip backups of the journal, the settings, the aspirant's notes ({@code notes/}) and packs with their own cards
 * ({@code packs/}): a daily automatic one in {@code backups/} (the last {@link #KEEP} kept), explicit ones anywhere,
 * and restoring one. The snapshot is not backed up: it is rebuilt from the journal.
 */
public final class Backups {

    public static final String DIR = "backups";
    public static final int KEEP = 14;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** The folders backed up whole, each with the kind of file it holds. */
    private static final Map<String, String> FOLDERS = Map.of(NoteStore.FOLDER, ".md", BankLoader.USER_PACKS, ".json");

    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private static final String AUTO_PREFIX = "smriti-";
    private static final String BEFORE_RESTORE_PREFIX = "before-restore-";
    private static final Pattern AUTO_NAME = Pattern.compile("smriti-(\\d{8})T\\d{6}Z(-\\d+)?\\.zip");
    private static final Set<String> ENTRIES = Set.of(ProgressStore.JOURNAL_FILE, SettingsStore.FILE_NAME);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final Clock clock;
    private final long maxEntryBytes;

    /**
     * @param dataDir the data folder; restoring requires that the caller holds its lock (no store open)
     */
    public Backups(Path dataDir, Clock clock) {
        this(dataDir, clock, MAX_ENTRY_BYTES);
    }

    Backups(Path dataDir, Clock clock, long maxEntryBytes) {
        this.dataDir = dataDir.toAbsolutePath();
        this.clock = clock;
        this.maxEntryBytes = maxEntryBytes;
    }

    /** What a restore did. */
    public record RestoreReport(int events, boolean settingsRestored, Optional<Path> previousData,
                                List<String> ignoredEntries) {
        public RestoreReport {
            ignoredEntries = List.copyOf(ignoredEntries);
        }
    }

    /**
     * Backs up into {@code backups/smriti-<timestamp>.zip} unless one was already taken today (UTC), then deletes
     * all but the newest {@link #KEEP} automatic backups.
     *
     * @return the new backup, or empty if one already existed today or there is nothing to back up
     */
    public Optional<Path> dailyBackupIfDue() throws IOException {
        Path journal = dataDir.resolve(ProgressStore.JOURNAL_FILE);
        if (Files.notExists(journal) || Files.size(journal) == 0) {
            return Optional.empty(); // nothing studied yet: a first start leaves no empty backups behind
        }
        Path dir = Files.createDirectories(dataDir.resolve(DIR));
        String today = DAY.format(clock.instant());
        List<Path> autos = automaticBackups(dir);
        for (Path p : autos) {
            Matcher m = AUTO_NAME.matcher(p.getFileName().toString());
            if (m.matches() && m.group(1).equals(today)) {
                return Optional.empty();
            }
        }
        Path zip = FileTimestamps.unique(dir, AUTO_PREFIX, clock, ".zip");
        backup(zip);
        autos.add(zip);
        Collections.sort(autos);
        for (Path old : autos.subList(0, Math.max(0, autos.size() - KEEP))) {
            Files.delete(old);
            LOG.log(Level.INFO, "deleted old automatic backup " + old + " (keeping the newest " + KEEP + ")");
        }
        return Optional.of(zip);
    }

    /** The automatic backups, oldest first. */
    public List<Path> automaticBackups() throws IOException {
        Path dir = dataDir.resolve(DIR);
        return Files.isDirectory(dir) ? automaticBackups(dir) : List.of();
    }

    private static List<Path> automaticBackups(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (AUTO_NAME.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Writes the journal (complete lines only, so a running Smriti's half-written line is not copied) and the
     * settings to {@code zip}, atomically.
     *
     * @return the number of journal lines backed up
     */
    public int backup(Path zip) throws IOException {
        Path journal = dataDir.resolve(ProgressStore.JOURNAL_FILE);
        byte[] bytes = Files.exists(journal) ? Files.readAllBytes(journal) : new byte[0];
        int complete = bytes.length;
        while (complete > 0 && bytes[complete - 1] != '\n') {
            complete--;
        }
        int lines = 0;
        for (int i = 0; i < complete; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        Path settings = dataDir.resolve(SettingsStore.FILE_NAME);
        byte[] settingsBytes = Files.exists(settings) ? Files.readAllBytes(settings) : null;
        Map<String, byte[]> folderFiles = folderFiles();
        int journalLength = complete;
        Path target = zip.toAbsolutePath();
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, out -> {
            ZipOutputStream zos = new ZipOutputStream(out);
            zos.putNextEntry(new ZipEntry(ProgressStore.JOURNAL_FILE));
            zos.write(bytes, 0, journalLength);
            zos.closeEntry();
            if (settingsBytes != null) {
                zos.putNextEntry(new ZipEntry(SettingsStore.FILE_NAME));
                zos.write(settingsBytes);
                zos.closeEntry();
            }
            // A folder's entry is written even when it is empty: restoring then empties it too.
            for (String folder : new TreeSet<>(FOLDERS.keySet())) {
                zos.putNextEntry(new ZipEntry(folder + "/"));
                zos.closeEntry();
            }
            for (Map.Entry<String, byte[]> f : folderFiles.entrySet()) {
                zos.putNextEntry(new ZipEntry(f.getKey()));
                zos.write(f.getValue());
                zos.closeEntry();
            }
            zos.finish(); // not close(): AtomicFiles still has to fsync the underlying file
        });
        return lines;
    }

    /** Every note and pack file, by its entry name ({@code notes/x.md}), in name order. */
    private Map<String, byte[]> folderFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
            Path dir = dataDir.resolve(folder.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + folder.getValue())) {
                for (Path p : ds) {
                    if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                        files.put(folder.getKey() + "/" + p.getFileName(), Files.readAllBytes(p));
                    }
                }
            }
        }
        return files;
    }

    /**
     * Replaces the journal (and the settings, notes and packs, if the zip has them) by the zip's. Refuses, changing nothing, a zip
     * with an entry that would land outside the data folder, an entry larger than 512 MB, more than 100 entries,
     * no {@code journal.jsonl}, or a journal with no intact line. The current data is first backed up to
     * {@code backups/before-restore-<timestamp>.zip}. The caller must hold the data folder's lock.
     */
    public RestoreReport restore(Path zip) throws IOException {
        Files.createDirectories(dataDir);
        Path staging = Files.createTempDirectory(dataDir, ".restore-");
        try {
            List<String> ignored = new ArrayList<>();
            extract(zip, staging, ignored);
            Path newJournal = staging.resolve(ProgressStore.JOURNAL_FILE);
            if (Files.notExists(newJournal)) {
                throw new RestoreRefusedException(zip + " is not a Smriti backup: it has no "
                        + ProgressStore.JOURNAL_FILE + ".");
            }
            int events = ProgressStore.countIntactLines(newJournal);
            if (events == 0 && Files.size(newJournal) > 0) {
                throw new RestoreRefusedException(zip + " is not usable: its " + ProgressStore.JOURNAL_FILE
                        + " has no readable event.");
            }
            Optional<Path> previous = Optional.empty();
            if (Files.exists(dataDir.resolve(ProgressStore.JOURNAL_FILE))
                    || Files.exists(dataDir.resolve(SettingsStore.FILE_NAME))) {
                Path dir = Files.createDirectories(dataDir.resolve(DIR));
                previous = Optional.of(FileTimestamps.unique(dir, BEFORE_RESTORE_PREFIX, clock, ".zip"));
                backup(previous.get());
            }
            Path newSettings = staging.resolve(SettingsStore.FILE_NAME);
            boolean settingsRestored = Files.exists(newSettings);
            if (settingsRestored) {
                Files.move(newSettings, dataDir.resolve(SettingsStore.FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(newJournal, dataDir.resolve(ProgressStore.JOURNAL_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            for (String folder : FOLDERS.keySet()) {
                if (Files.isDirectory(staging.resolve(folder))) {
                    replaceFolder(staging.resolve(folder), dataDir.resolve(folder));
                }
            }
            AtomicFiles.fsyncDirectory(dataDir);
            deleteStaging(staging);
            return new RestoreReport(events, settingsRestored, previous, ignored);
        } catch (IOException | RuntimeException e) {
            try {
                deleteStaging(staging);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private void extract(Path zip, Path staging, List<String> ignored) throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.size() > MAX_ENTRIES) {
                throw new RestoreRefusedException(zip + " has " + zf.size() + " entries: it is not a Smriti backup.");
            }
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                Path resolved = dataDir.resolve(name).normalize();
                if (name.startsWith("/") || name.contains("\\") || name.contains(":") || name.contains("..")
                        || !resolved.startsWith(dataDir)) {
                    throw new RestoreRefusedException(zip + " was not restored: its entry '" + name
                            + "' would be written outside the data folder " + dataDir + ".");
                }
                if (e.isDirectory() && FOLDERS.containsKey(name.substring(0, name.length() - 1))) {
                    Files.createDirectories(staging.resolve(name));
                    continue;
                }
                if (e.isDirectory() || !(ENTRIES.contains(name) || isFolderFile(name))) {
                    ignored.add(name);
                    continue;
                }
                Files.createDirectories(staging.resolve(name).getParent());
                try (InputStream in = zf.getInputStream(e);
                     OutputStream out = Files.newOutputStream(staging.resolve(name))) {
                    copyLimited(zip, name, in, out);
                }
            }
        }
    }

    /** {@code notes/x.md} or {@code packs/y.json}: one file directly in a backed-up folder. */
    private static boolean isFolderFile(String name) {
        int slash = name.indexOf('/');
        return slash > 0 && name.indexOf('/', slash + 1) < 0 && slash < name.length() - 1
                && name.endsWith(FOLDERS.getOrDefault(name.substring(0, slash), "\0"));
    }

    /** Makes {@code target} hold exactly the files of {@code restored} (the old ones are in the before-restore zip). */
    private static void replaceFolder(Path restored, Path target) throws IOException {
        Files.createDirectories(target);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(target)) {
            for (Path p : old) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(restored)) {
            for (Path p : ds) {
                Files.move(p, target.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        AtomicFiles.fsyncDirectory(target);
        Files.delete(restored);
    }

    /** Copies while counting the real inflated size, which a hostile zip's header can understate. */
    private void copyLimited(Path zip, String name, InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxEntryBytes) {
                throw new RestoreRefusedException(zip + " was not restored: its entry '" + name
                        + "' is larger than " + (maxEntryBytes >= 1024 * 1024
                        ? maxEntryBytes / (1024 * 1024) + " MB." : maxEntryBytes + " bytes."));
            }
            out.write(buf, 0, n);
        }
    }

    private static void deleteStaging(Path staging) throws IOException {
        try (Stream<Path> all = Files.walk(staging)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
