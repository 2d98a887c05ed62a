package dev.ivsinspector.testing;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * The app's texts as a translation might make them: every letter accented and every text 40 % longer, with
 * the mnemonic marks, MessageFormat arguments and line breaks kept. What fits with these texts fits in most
 * languages; what is hard-coded shows up unaccented.
 */
public final class PseudoLocale extends ResourceBundle {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀćđéƒĝĥíĵķĺḿńóṕʠŕśŧúṽŵẋýźÁƁĆĐÉƑĜĤÍĴĶĹḾŃÓṔɊŔŚŦÚṼŴẊÝŹ";
    private static final String FILLER = " ŀóŕéḿ íṕśúḿ đóĺóŕ śíŧ áḿéŧ ćóńśéćŧéŧúŕ";

    private final ResourceBundle base;

    public PseudoLocale(ResourceBundle base) {
        this.base = base;
    }

    public static String transform(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int braces = 0;
        for (char c : text.toCharArray()) {
            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            int plain = PLAIN.indexOf(c);
            out.append(braces == 0 && plain >= 0 ? ACCENTED.charAt(plain) : c);
        }
        int extra = (int) Math.ceil(visibleLength(text) * 0.4);
        for (int i = 0; i < extra; i++) {
            out.append(FILLER.charAt(i % FILLER.length()));
        }
        return out.toString();
    }

    private static int visibleLength(String text) {
        return text.replace("_", "").length();
    }

    @Override
    protected Object handleGetObject(String key) {
        return transform(base.getString(key));
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(base.keySet());
    }
}
