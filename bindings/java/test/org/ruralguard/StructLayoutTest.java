package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.jna.Structure;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Every JNA structure has the size the C compiler gives its struct (test/struct_sizes.c, built by
 * CMake and passed as -Druralguard.structSizes), so no field is missing, misplaced or misaligned.
 */
public class StructLayoutTest {
  @Test
  public void everyJavaStructureHasTheSizeOfItsCStruct() throws Exception {
    String program = System.getProperty("ruralguard.structSizes");
    Process p = new ProcessBuilder(program).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    assertEquals(0, p.waitFor());
    assertEquals("structs of ruralguard.h", 50, lines.size());
    List<String> wrong = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split(" ");
      String[] cls = f[0].split("\\.");
      Class<?> type = Class.forName("org.ruralguard.internal." + cls[0] + "$" + cls[1]);
      Structure s = (Structure) type.getConstructor().newInstance();
      if (s.size() != Integer.parseInt(f[1])) {
        wrong.add(f[0] + ": C " + f[1] + ", Java " + s.size());
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(lines.contains("LedgerStructs.Account 32"));
    assertTrue(lines.contains("LedgerStructs.Transfer 136"));
  }
}
