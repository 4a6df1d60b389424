package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Project assets: capitalisation, lifecycle, income distribution, warnings and reports.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface AssetsNative {
  int rg_assets_open(PointerByReference outAssets, Pointer ledger);
  void rg_assets_close(Pointer assets);
  void rg_asset_policy_init(Pointer policy);
  int rg_assets_set_policy(Pointer assets, Pointer policy);
  int rg_assets_settled_amount(LongByReference out, Pointer assets, long projectId, int asOf);
  int rg_assets_capitalise(Pointer assets, long projectId, int date, Pointer drafts, long count);
  int rg_assets_get(Pointer out, Pointer assets, long assetId);
  int rg_assets_confirm_ownership(Pointer assets, long assetId, int date, byte[] certificate, long certificateLen);
  int rg_assets_hand_over(Pointer assets, long assetId, int date);
  int rg_assets_set_status(Pointer assets, long assetId, byte status, int date);
  int rg_assets_set_management(Pointer assets, long assetId, Pointer management, int date);
  int rg_assets_request_disposal(Pointer assets, long assetId, byte reason, byte method, long valuation, int date);
  int rg_assets_approve_disposal(Pointer assets, long assetId, byte level, int date, byte[] document, long documentLen);
  int rg_assets_withdraw_disposal(Pointer assets, long assetId, int date);
  int rg_assets_dispose(Pointer assets, long assetId, int date);
  int rg_assets_events(Pointer outEvents, long capacity, LongByReference outCount, Pointer assets, long assetId);
  int rg_assets_record_income(Pointer assets, long assetId, long idHi, long idLo, long fromAccountId, long amount, int date);
  void rg_distribution_plan_init(Pointer plan);
  int rg_assets_add_distribution(Pointer assets, Pointer plan);
  int rg_assets_distribution_shares(Pointer outShares, long capacity, LongByReference outCount, Pointer assets, long planId);
  int rg_assets_post_distribution(ByteByReference outPaid, Pointer assets, long planId, int date);
  void rg_asset_warning_options_init(Pointer options);
  int rg_assets_warnings(Pointer outRows, long capacity, LongByReference outCount, Pointer assets, Pointer options);
  int rg_assets_totals(Pointer outRows, long capacity, LongByReference outCount, Pointer assets, int by, int prefixDigits);
  int rg_assets_income_by_year(Pointer outRows, long capacity, LongByReference outCount, Pointer assets);
  int rg_assets_notice_csv(byte[] out, long capacity, LongByReference outLength, Pointer assets, long planId);
}
