package org.ruralguard;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Households, members, income, CSV import/export, data quality and the table from Java. */
public class HouseholdsTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private Path dir;

  @Before
  public void setUp() {
    dir = TestSupport.tempDir();
  }

  @After
  public void tearDown() {
    TestSupport.deleteTree(dir);
  }

  @Test
  public void aCountyWrittenAsCsvIsImportedWholeAndLoadsAsColumns() {
    CsvFiles files = CsvFiles.in(dir);
    SyntheticCounty.Summary written =
        SyntheticCounty.writeCsv(files, SyntheticCounty.Options.defaults().with(500, 13, 11));
    assertEquals(500, written.households());
    try (Store s = Store.open(dir.resolve("c.db").toString())) {
      List<CsvError> errors = new ArrayList<>();
      CsvImportResult r = Households.importCsv(s, files, CsvImportMode.ALL_OR_NOTHING, null, errors::add);
      assertEquals(List.of(), errors);
      assertTrue(r.committed());
      assertEquals(500, r.imported()[1]);
      assertEquals(written.members(), r.imported()[2]);
      assertArrayEquals(new long[] {written.regions(), 500, written.members(),
          written.incomeStatements()}, Households.count(s));
      try (HouseholdTable t = HouseholdTable.load(s, AS_OF, null)) {
        assertEquals(500, t.count());
        assertEquals(500, t.householdKeys().length);
        assertTrue(t.householdId(0).length() > 0);
        assertThrows(RangeException.class, () -> t.householdId(500));
        HouseholdRecord h = Households.get(s, t.householdId(0));
        assertEquals(t.householdId(0), h.householdId());
        List<MemberRecord> members = Households.listMembers(s, h.householdId());
        assertTrue(members.size() >= 1);
        assertTrue(members.get(0).idNumber().isEmpty() || members.get(0).idNumber().contains("*"));
      }
      try (HouseholdTable t = HouseholdTable.load(s, AS_OF, "500230")) {
        assertEquals(500, t.count());
      }
      try (HouseholdTable t = HouseholdTable.load(s, AS_OF, "110000")) {
        assertEquals(0, t.count());
      }
      assertThrows(ParseException.class, () -> HouseholdTable.load(s, AS_OF, "5002x"));
      Path out = dir.resolve("out");
      try {
        Files.createDirectories(out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Households.exportCsv(s, CsvFiles.in(out));
      assertTrue(out.resolve("households.csv").toFile().length() > 0);
    }
  }

  @Test
  public void anImportWithABadRowRollsBackAndReportsEveryErrorThroughTheCallback() throws Exception {
    CsvFiles files = CsvFiles.in(dir);
    SyntheticCounty.writeCsv(files, SyntheticCounty.Options.defaults().with(50, 13, 2));
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("income.csv")));
    String[] fields = lines.get(1).split(",", -1);
    int wage = List.of(lines.get(0).split(",")).indexOf("wage");
    fields[wage] = "12,3x";
    lines.set(1, String.join(",", fields).replace("12,3x", "\"12,3x\""));
    Files.write(dir.resolve("income.csv"), lines);
    try (Store s = Store.inMemory()) {
      List<CsvError> errors = new ArrayList<>();
      ParseException e = assertThrows(ParseException.class, () ->
          Households.importCsv(s, files, CsvImportMode.ALL_OR_NOTHING, AS_OF, errors::add));
      assertTrue(e.getMessage(), e.getMessage().contains("12,3x"));
      assertEquals(1, errors.size());
      assertEquals(2, errors.get(0).line());
      assertTrue(errors.get(0).file().endsWith("income.csv"));
      assertEquals(0, Households.count(s)[1]);
      CsvImportResult partial = Households.importCsv(s, files, CsvImportMode.COMMIT_VALID_ROWS,
          AS_OF, null);
      assertEquals(1, partial.rejected()[3]);
      assertEquals(50, Households.count(s)[1]);
    }
  }

  @Test
  public void validationReportsInjectedErrorsThroughTheCallbackAndCountsThemByRule() {
    try (Store s = Store.inMemory()) {
      SyntheticCounty.Options o = SyntheticCounty.Options.defaults().with(400, 13, 4);
      SyntheticCounty.Summary written = SyntheticCounty.generate(s, new SyntheticCounty.Options(
          o.households(), o.villages(), o.townships(), o.seed(), o.countyCode(),
          o.formerlyPoorPermille(), o.monitoredPermille(), 100, o.incomeYear()));
      assertTrue(written.injectedErrors() > 0);
      List<DqFinding> findings = new ArrayList<>();
      long[] counts = Households.validate(s, AS_OF, findings::add, 1000);
      long total = 0;
      for (long c : counts) {
        total += c;
      }
      assertEquals(total, findings.size());
      assertTrue(total > 0);
      for (DqFinding f : findings) {
        assertTrue(f.rule() >= 1 && f.rule() <= DqRule.COUNT);
        assertTrue(f.messageEn(), !f.messageEn().isEmpty());
        assertTrue(!f.householdId().isEmpty());
      }
      List<DqFinding> firstFive = new ArrayList<>();
      Households.validate(s, AS_OF, firstFive::add, 5);
      assertEquals(Math.min(5, total), firstFive.size());
    }
  }

  @Test
  public void aMemberIsFoundByItsClearIdNumberWhichIsNeverReturned() {
    try (Store s = Store.inMemory()) {
      s.setIdKey(new byte[32]);
      Households.putRegion(s, 500112001001L, "一村", false, 0, false);
      Households.put(s, HouseholdRecord.of("H-1", 500112001001L));
      MemberRecord m = MemberRecord.of("P-1", "H-1");
      Households.putMember(s, new MemberRecord("P-1", "H-1", "11010519491231002X",
          LocalDate.of(1949, 12, 31), 1, m.sex(), m.education(), m.schoolStatus(), m.health(),
          m.disabilityGrade(), m.labour(), true, false, false, true, false, false, 1, 0));
      MemberRecord found = Households.findMemberByIdNumber(s, "11010519491231002X");
      assertEquals("P-1", found.personId());
      assertEquals(0, found.idStatus());
      assertTrue(found.idNumber(), found.idNumber().contains("*"));
      assertTrue(!found.idNumber().contains("19491231"));
      assertThrows(NotFoundException.class, () -> Households.findMemberByIdNumber(s, "110105194912310038"));
    }
  }

  @Test
  public void recordsWrittenFieldByFieldReadBackAndIncomeIsComputedExactly() {
    try (Store s = Store.inMemory()) {
      s.setIdKey(new byte[32]);
      assertThrows(InvalidArgumentException.class, () -> s.setIdKey(new byte[31]));
      s.begin();
      Households.putRegion(s, 500112001001L, "一村", false, 0, false);
      Households.put(s, HouseholdRecord.of("H-1", 500112001001L).withType(HouseholdKind.FORMERLY_POOR));
      Households.putMember(s, MemberRecord.of("P-1", "H-1").with(1, LocalDate.of(1960, 5, 1), 3));
      s.commit();
      assertThrows(StateException.class, s::commit);
      assertEquals(HouseholdKind.FORMERLY_POOR, Households.get(s, "H-1").type());
      assertThrows(NotFoundException.class, () -> Households.get(s, "H-2"));
      assertThrows(NotFoundException.class,
          () -> Households.put(s, HouseholdRecord.of("H-2", 500112001002L)));
      MemberRecord m = Households.getMember(s, "P-1");
      assertEquals(LocalDate.of(1960, 5, 1), m.birthDate());
      assertEquals(3, m.health());
      long[] transfers = new long[IncomeStatement.TRANSFER_ITEMS];
      transfers[TransferItem.PENSION.code()] = Money.parse("1200");
      IncomeStatement st = new IncomeStatement("H-1", IncomeKind.ANNUAL, 3,
          LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Money.parse("20000"),
          Money.parse("5000"), Money.parse("1000"), 0, transfers, 0, 0, 0);
      Households.putIncome(s, st);
      long[] income = Households.computeIncome(st, null);
      assertEquals(Money.parse("25200"), income[1]);
      assertEquals(Money.parse("8400"), income[0]);
      long[] counts = Households.validate(s, AS_OF, null, 0);
      assertEquals(DqRule.COUNT + 1, counts.length);
      DqRule rule = DqRule.of(2);
      assertEquals("DQ002", rule.code());
    }
  }
}
