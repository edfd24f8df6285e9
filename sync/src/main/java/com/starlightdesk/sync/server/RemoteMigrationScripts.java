package com.starlightdesk.sync.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The remote practice database's versioned migration scripts ({@code db/postgresql/V<n>__<description>.sql}
 * on the class path), with Flyway's version, description and checksum, so that scripts applied over the
 * Data API are recorded in {@code flyway_schema_history} exactly as Flyway would record them.
 */
final class RemoteMigrationScripts {

    static final String LOCATION = "db/postgresql";
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

    /** One script. */
    record Script(String version, String description, String fileName, String text, int checksum) {
        long[] versionParts() {
            return Stream.of(version.split("[._]")).mapToLong(Long::parseLong).toArray();
        }
    }

    private RemoteMigrationScripts() {
    }

    /** All scripts, in version order. */
    static List<Script> load() {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = RemoteMigrationScripts.class.getClassLoader().getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.map(f -> f.getFileName().toString()).forEach(names::add);
                    }
                } else if (root.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                            String entry = entries.nextElement().getName();
                            if (entry.startsWith(LOCATION + "/") && entry.indexOf('/', LOCATION.length() + 1) < 0) {
                                names.add(entry.substring(LOCATION.length() + 1));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + LOCATION, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Script> scripts = new ArrayList<>();
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            if (m.matches()) {
                String text = read(LOCATION + "/" + name);
                scripts.add(new Script(m.group(1).replace('_', '.'), m.group(2).replace('_', ' '), name, text, checksum(text)));
            }
        }
        scripts.sort(Comparator.comparing(Script::versionParts, java.util.Arrays::compare));
        return scripts;
    }

    private static String read(String resource) {
        try (InputStream in = RemoteMigrationScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Flyway's checksum: CRC-32 of the UTF-8 bytes of each line, without line breaks or a leading BOM. */
    static int checksum(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
