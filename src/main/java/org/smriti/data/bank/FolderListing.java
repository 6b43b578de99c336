package org.smriti.data.bank;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.smriti.data.SmallFiles;

/**
 * Lists the files directly inside a folder: a directory of the file system, or a folder of the classpath,
 * which may be a directory ({@code target/classes/question-bank}) or lie inside a jar. Jars must contain
 * directory entries (the Maven jar plugin and the {@code jar} tool write them), since a class loader can only
 * find a folder through its entry.
 */
final class FolderListing {

    /** A file of the folder: its name without the folder, and its bytes. */
    record Entry(String name, byte[] content) {
    }

    private FolderListing() {
    }

    /**
     * The files of {@code folder} whose names end with {@code suffix}, sorted by name. If several classpath
     * roots have the folder, a name found in an earlier root hides the same name in later ones.
     */
    static List<Entry> list(ClassLoader loader, String folder, String suffix) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                readDirectory(toPath(root), suffix, found);
            } else if ("jar".equals(root.getProtocol())) {
                readJar(root, folder, suffix, found);
            } else {
                throw new IOException("cannot list " + root + ": unsupported kind of classpath entry");
            }
        }
        return entries(found);
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot list " + url, e);
        }
    }

    /** The files of directory {@code dir} whose names end with {@code suffix}, sorted by name. */
    static List<Entry> listDirectory(Path dir, String suffix) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        readDirectory(dir, suffix, found);
        return entries(found);
    }

    private static List<Entry> entries(Map<String, byte[]> found) {
        return found.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    private static void readDirectory(Path dir, String suffix, Map<String, byte[]> found) throws IOException {
        for (String name : SmallFiles.names(dir, n -> n.endsWith(suffix) && !found.containsKey(n))) {
            found.put(name, SmallFiles.read(dir.resolve(name)));
        }
    }

    private static void readJar(URL root, String folder, String suffix, Map<String, byte[]> found)
            throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection)) {
            throw new IOException("cannot list " + root + ": not a jar connection");
        }
        JarURLConnection jarConnection = (JarURLConnection) connection;
        // Without caching, getJarFile returns a JarFile of our own, which we may (and must) close.
        jarConnection.setUseCaches(false);
        String prefix = folder + "/";
        try (JarFile jar = jarConnection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName().substring(Math.min(prefix.length(), entry.getName().length()));
                if (entry.getName().startsWith(prefix) && !entry.isDirectory() && !name.contains("/")
                        && name.endsWith(suffix) && !found.containsKey(name)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        found.put(name, in.readAllBytes());
                    }
                }
            }
        }
    }
}
