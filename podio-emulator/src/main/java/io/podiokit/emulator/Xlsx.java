package io.podiokit.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A minimal xlsx workbook (Office Open XML) of one sheet of text cells, as exports answer. */
final class Xlsx {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Xlsx() {}

  static byte[] sheet(String name, List<List<String>> rows) {
    StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        sheet.append("<c r=\"").append(column(c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
            .append(escape(row.get(c))).append("</t></is></c>");
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
          + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\""
          + escape(name.length() > 31 ? name.substring(0, 31) : name) + "\" sheetId=\"1\" r:id=\"rId1\"/>"
          + "</sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
