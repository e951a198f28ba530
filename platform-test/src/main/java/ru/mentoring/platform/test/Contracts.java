package ru.mentoring.platform.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one service copies from another, written down once: the provider's test proves it still
 * publishes it, the consumer's test proves its copy still matches. A change on either side fails
 * one of the two until both agree again.
 */
public final class Contracts {

    private Contracts() {
    }

    /**
     * The registry's forms of mentoring (codes and labels, in the catalogue's order), as monitoring's
     * rounds name them: {@code mentoring-forms.tsv} beside this class.
     */
    public static Map<String, String> mentoringForms() {
        Map<String, String> forms = new LinkedHashMap<>();
        try (InputStream in = Contracts.class.getResourceAsStream("mentoring-forms.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    String[] codeAndLabel = line.split("\t", 2);
                    forms.put(codeAndLabel[0], codeAndLabel[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(forms);
    }
}
