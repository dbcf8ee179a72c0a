package org.inferscope.engine.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads written SVG back as XML, so that tests check elements rather than strings. */
public final class SvgDocuments {
    private SvgDocuments() {
    }

    /** The file parsed as namespace-aware XML; a malformed file fails the test. */
    public static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Every {@code element} whose class attribute lists {@code cssClass}, in document order. */
    public static List<Element> withClass(Document doc, String element, String cssClass) {
        NodeList all = doc.getElementsByTagNameNS("*", element);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }
}
