package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.Test;

/** Policy per household and regimes as data (issue 16, part A; DOMAIN.md 1.2, DOMAIN-2026 §7.3). */
public class PolicySetTest {
  static String example(String name) throws Exception {
    Path p = TestSupport.header().getParent().getParent().getParent().resolve("examples/policies/" + name);
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }

  /** DOMAIN.md 1.2: Guangdong 2024 has no sourced policy: a named error, never the 6,000 floor. */
  @Test
  public void guangdong2024WithoutAPolicyIsANamedError() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> Policy.defaultFor("44", 2024));
    assertTrue(e.getMessage(), e.getMessage().contains("no policy for province 44 year 2024"));
  }

  /** DOMAIN.md §8 item 4: the policy of the household's province and income-period year. */
  @Test
  public void theSetLooksUpByProvinceAndIncomePeriodYear() throws Exception {
    try (PolicySet set = PolicySet.fromJson(example("example-set-53-2025-2026.json"))) {
      assertEquals(2, set.count());
      assertEquals(1, set.changeCount());
      try (Policy p2025 = set.lookup(530122101001L, LocalDate.of(2025, 12, 31));
          Policy p2026 = set.lookup(530122101001L, LocalDate.of(2026, 12, 31))) {
        assertEquals(Regime.TRANSITION_2021_2025, PolicySet.regime(p2025));
        assertEquals(Regime.NORMALISED_2026, PolicySet.regime(p2026));
      }
      NotFoundException e = assertThrows(NotFoundException.class,
          () -> set.lookup(440106001001L, LocalDate.of(2024, 12, 31)));
      assertTrue(e.getMessage(), e.getMessage().contains("province 44 year 2024"));
    }
  }

  /** DOMAIN-2026 §7.1 row 7.7: the same household under 2025 and 2026, differences explained. */
  @Test
  public void theSameHouseholdUnder2025And2026WithTheDifferencesExplained() throws Exception {
    HouseholdFacts f = new HouseholdFacts().regionCode(530122101001L).perCapitaIncome(100000000L)
        .netIncome(200000000L).medicalOutOfPocket(40000000L).members(2).labourCapable(2)
        .incomePeriodEnd(LocalDate.of(2025, 12, 31));
    LocalDate day = LocalDate.of(2026, 1, 15);
    try (Policy y2025 = Policy.defaultFor("53", 2025);
        Policy y2026 = Policy.fromJson(example("example-53-2026-unverified.json"))) {
      String en = PolicySet.compare(f, y2025, day, y2026, day, Language.EN, false);
      assertTrue(en, en.contains("result: not within monitoring -> within monitoring"));
      String zh = PolicySet.compare(f, y2025, day, y2026, day, Language.ZH_CN, false);
      assertTrue(zh, zh.contains("收支核算口径"));
      String json = PolicySet.compare(f, y2025, day, y2026, day, Language.EN, true);
      assertTrue(json, json.contains("\"normalised_2026\""));
    }
  }

  /** DOMAIN.md 1.2: two policies for one province and year are refused, named. */
  @Test
  public void twoPoliciesForOneProvinceAndYearAreRefused() throws Exception {
    String one;
    try (Policy p = Policy.defaultFor("53", 2025)) {
      one = p.toJson();
    }
    String json = "{\"format\": \"ruralguard-policy-set\", \"format_version\": 1, \"policies\": [" + one + ", "
        + one + "]}";
    ConflictException e = assertThrows(ConflictException.class, () -> PolicySet.fromJson(json));
    assertTrue(e.getMessage(), e.getMessage().contains("two policies for province 53 year 2025"));
  }

  /** DOMAIN-2026 §7.3: sets are stored with their threshold changes and assess a store. */
  @Test
  public void setsAreStoredAndAssessAStore() throws Exception {
    try (Store s = Store.inMemory(); PolicySet set = PolicySet.fromJson(example("example-set-53-2025-2026.json"))) {
      set.save(s);
      try (PolicySet loaded = PolicySet.load(s, "example-set-53-2025-2026", 0)) {
        assertEquals(set.toJson(), loaded.toJson());
      }
      assertTrue(set.assessStore(s, LocalDate.of(2026, 1, 15), "empty store") > 0);
    }
  }
}
