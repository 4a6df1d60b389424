package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.jna.Structure;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Every JNA structure has the size the C compiler gives its struct and every field its offset
 * (test/struct_sizes.c, built by CMake with the header and passed as -Druralguard.structSizes),
 * so no field is missing, misplaced or misaligned.
 */
public class StructLayoutTest {
  static List<String> layout() throws Exception {
    Process p = new ProcessBuilder(System.getProperty("ruralguard.structSizes"))
        .redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    assertEquals(0, p.waitFor());
    return lines;
  }

  static Structure make(String module, String cls) throws Exception {
    Class<?> type = Class.forName("org.ruralguard.internal." + module + "$" + cls);
    return (Structure) type.getConstructor().newInstance();
  }

  @Test
  public void everyJavaStructureHasTheSizeAndFieldOffsetsOfItsCStruct() throws Exception {
    Method fieldOffset = Structure.class.getDeclaredMethod("fieldOffset", String.class);
    fieldOffset.setAccessible(true);
    int structs = 0;
    int fields = 0;
    List<String> wrong = new ArrayList<>();
    for (String line : layout()) {
      String[] f = line.split(" ");
      String[] name = f[0].split("\\.");
      long expected = Long.parseLong(f[1]);
      Structure s = make(name[0], name[1]);
      if (name.length == 2) {
        structs++;
        if (s.size() != expected) {
          wrong.add(f[0] + " size: C " + expected + ", Java " + s.size());
        }
      } else {
        fields++;
        int offset = (Integer) fieldOffset.invoke(s, name[2]);
        if (offset != expected) {
          wrong.add(f[0] + " offset: C " + expected + ", Java " + offset);
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals("structs of ruralguard.h", 58, structs);
    assertTrue(fields > 400);
  }

  @Test
  public void theLedgerRecordsHaveTheirDocumentedSizes() throws Exception {
    assertEquals(32, make("LedgerStructs", "Account").size());
    assertEquals(136, make("LedgerStructs", "Transfer").size());
  }
}
