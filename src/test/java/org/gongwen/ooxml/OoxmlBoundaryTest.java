package org.gongwen.ooxml;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DOCX is opened one way: {@link DocxPackage#read} inflates it within its limits, and POI sees a
 * package only through {@link DocxPackage#opc()}, already inflated, so POI's own zip guard
 * (ZipSecureFile) never has to be set. Only this package opens zips or OPC packages; besides it, POI
 * is left to the importer's paragraph walk, and the model holds no library type.
 */
class OoxmlBoundaryTest {
    private static final Path MAIN = Path.of("src/main/java/org/gongwen");
    private static final Pattern OPENS = Pattern.compile("ZipInputStream|ZipFile|ZipSecureFile|OPCPackage\\.open|new XWPFDocument\\((?!opc\\))");
    private static final Pattern POI = Pattern.compile("import (static )?org\\.(apache\\.poi|openxmlformats)\\.");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void onlyThisPackageOpensAZipOrAnOpcPackage() throws IOException {
        assertThat(sources()).filteredOn(f -> !f.startsWith(MAIN.resolve("ooxml")))
                .noneMatch(f -> OPENS.matcher(read(f)).find());
    }

    @Test
    void poiStaysBehindThisPackageAndTheImportersParagraphWalk() throws IOException {
        assertThat(sources()).filteredOn(f -> POI.matcher(read(f)).find())
                .allMatch(f -> f.startsWith(MAIN.resolve("ooxml")) || f.equals(MAIN.resolve("ingest/DocxImporter.java")));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
