package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.ruralguard.internal.RgNative;

/**
 * The binding covers the header: every RG_API function is declared with its parameter count,
 * every status code has its exception, and every generated enum equals the header's macros.
 */
public class HeaderCoverageTest {
  private static final Pattern FUNCTION =
      Pattern.compile("RG_API\\s+(?:RG_NODISCARD\\s+)?[\\w\\s*]+?\\b(rg_\\w+)\\s*\\(([^)]*)\\)\\s*;");
  private static final Pattern DEFINE =
      Pattern.compile("(?m)^#define (RG_[A-Z0-9_]+) +\\(?(-?[0-9]+)u?\\)?");

  /** Function name -> number of parameters, in header order. */
  static Map<String, Integer> headerFunctions() {
    Map<String, Integer> out = new LinkedHashMap<>();
    Matcher m = FUNCTION.matcher(TestSupport.headerText());
    while (m.find()) {
      String params = m.group(2).trim();
      int n = params.equals("void") || params.isEmpty() ? 0 : params.split(",").length;
      out.put(m.group(1), n);
    }
    return out;
  }

  @Test
  public void everyHeaderFunctionIsDeclaredInTheJavaBindingWithItsParameterCount() {
    Map<String, Integer> header = headerFunctions();
    assertTrue("the header parse found " + header.size() + " functions", header.size() > 140);
    Map<String, Method> declared = new HashMap<>();
    for (Method m : RgNative.class.getMethods()) {
      if (m.getName().startsWith("rg_")) {
        declared.put(m.getName(), m);
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Integer> e : header.entrySet()) {
      Method m = declared.get(e.getKey());
      if (m == null) {
        missing.add(e.getKey());
      } else if (m.getParameterCount() != e.getValue()) {
        wrong.add(e.getKey() + " (header " + e.getValue() + ", Java " + m.getParameterCount() + ")");
      }
    }
    assertEquals("C functions without a Java declaration (add them to the *Native interface "
        + "of their header section, docs/java.md)", List.of(), missing);
    assertEquals("parameter counts that differ from the header", List.of(), wrong);
    List<String> extra = new ArrayList<>(declared.keySet());
    extra.removeAll(header.keySet());
    assertEquals("Java declarations of functions the header does not have", List.of(), extra);
  }

  @Test
  public void everyDeclaredFunctionResolvesInTheLoadedLibrary() {
    com.sun.jna.NativeLibrary lib = com.sun.jna.NativeLibrary.getInstance(Ruralguard.libraryPath());
    for (String name : headerFunctions().keySet()) {
      assertNotNull(name, lib.getFunction(name));
    }
  }

  static Map<String, Long> headerDefines() {
    Map<String, Long> out = new HashMap<>();
    Matcher m = DEFINE.matcher(TestSupport.headerText());
    while (m.find()) {
      out.put(m.group(1), Long.parseLong(m.group(2)));
    }
    return out;
  }

  @Test
  public void everyStatusCodeOfTheHeaderHasItsNamedExceptionAndTheLibraryAgrees() {
    Map<String, Long> defines = headerDefines();
    int codes = 0;
    for (Map.Entry<String, Long> e : defines.entrySet()) {
      if (!e.getKey().matches("RG_E[A-Z]+")) {
        continue;
      }
      codes++;
      int status = e.getValue().intValue();
      RuralguardException x = RuralguardException.forStatus(status, "message");
      assertTrue(e.getKey() + " maps to a subclass", x.getClass() != RuralguardException.class);
      assertEquals(status, x.status());
      assertEquals(e.getKey(), x.statusName());
      assertEquals(e.getKey(), Ruralguard.statusName(status));
      assertEquals("message", x.getMessage());
      assertEquals(Status.of(status).macro(), e.getKey());
    }
    assertEquals(19, codes);
    RuralguardException unknown = RuralguardException.forStatus(-42, "new");
    assertEquals(RuralguardException.class, unknown.getClass());
    assertEquals("RG_E?", unknown.statusName());
  }

  @Test
  public void everyGeneratedEnumConstantEqualsItsHeaderMacro() throws Exception {
    Map<String, Long> defines = headerDefines();
    int checked = 0;
    for (String name : new String[] {"Status", "Rounding", "RegionLevel", "HouseholdKind",
        "Category", "Level", "RiskType", "Guarantee", "HouseholdEvent", "EliminationCondition",
        "EliminationKind", "Channel", "Department", "Metric", "CaseState", "CaseStepKind",
        "MeasureCategory", "MeasureStatus", "AlertKind", "AlertState", "FundLevel", "AccountKind",
        "HolderKind", "AccountFlag", "TransferCode", "TransferFlag", "AccountResult",
        "TransferResult", "LedgerTotalsBy", "ProjectType", "ProjectStatus", "NoticeKind",
        "MeasuresFlag", "TransferItem", "IncomeKind", "CsvImportMode", "DqSeverity", "AssetClass",
        "AssetSubtype", "Party", "AssetRight", "OperationMode", "FarmerLink", "AssetStatus",
        "DisposalReason", "DisposalMethod", "Approval", "Purpose", "AssetEventKind",
        "AssetWarningKind", "AssetTotalsBy", "ReportFormat", "PostCheckFinding"}) {
      Class<?> type = Class.forName("org.ruralguard." + name);
      for (Object constant : type.getEnumConstants()) {
        CodedEnum c = (CodedEnum) constant;
        assertEquals(c.macro(), defines.get(c.macro()), Long.valueOf(c.code()));
        checked++;
      }
    }
    assertTrue(checked > 300);
    assertEquals(49, TransferResult.OVERFLOWS_BALANCE.code());
  }

  @Test
  public void theLoadedLibraryHasTheBindingsMajorVersion() {
    assertEquals(0, Ruralguard.versionNumber() / 10000);
    assertTrue(Ruralguard.version().startsWith("0."));
  }
}
