/* csvsniff.c — the header line: separator and column roles. */
#include "csvsniff.h"
#include "csvout.h"

#include <ctype.h>
#include <pthread.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "calendar.h"
#include "csvdate.h"
#include "err.h"
#include "idtwins.h"
#include "rows.h"
#include "textesc.h"
#include "textfold.h"
#include "util.h"
#include "uwidth.h"

#define MAX_COLS RR_MAX_COLUMNS
#define NORM_MAX SNIFF_WORD_MAX /* longer names match no known name */
#define COL_NONE (-3)    /* a map's NAME=-: while matching, a column no name may take */

/* ==== the known names: one table ==== */

const rr_col_alias ingest_col_aliases[] = {
	{RR_COL_INVOICE, "invoice", 0}, {RR_COL_INVOICE, "invoice_no", 0},
	{RR_COL_INVOICE, "invoice_id", 0}, {RR_COL_INVOICE, "invoice_number", 0},
	{RR_COL_INVOICE, "order", 0}, {RR_COL_INVOICE, "order_id", 0},
	{RR_COL_INVOICE, "order_no", 0}, {RR_COL_INVOICE, "order_number", 0},
	/* transaction: a fallback, since Etsy's export numbers each line with one beside the
	 * Order ID that is its basket */
	{RR_COL_INVOICE, "transaction", 1}, {RR_COL_INVOICE, "transaction_id", 1},
	{RR_COL_INVOICE, "transaction_no", 1}, {RR_COL_INVOICE, "receipt", 0},
	{RR_COL_INVOICE, "receipt_id", 0}, {RR_COL_INVOICE, "receipt_no", 0},
	{RR_COL_INVOICE, "receipt_number", 0}, {RR_COL_INVOICE, "basket_id", 0},
	{RR_COL_INVOICE, "inv", 0}, {RR_COL_INVOICE, "inv_no", 0}, {RR_COL_INVOICE, "inv_id", 0},
	{RR_COL_INVOICE, "bill_no", 0}, {RR_COL_INVOICE, "bill_number", 0},
	{RR_COL_INVOICE, "bill_id", 0}, {RR_COL_INVOICE, "txn_id", 0},
	{RR_COL_INVOICE, "sales_order_id", 0}, {RR_COL_INVOICE, "sales_order_number", 0},
	{RR_COL_INVOICE, "id_order", 0}, {RR_COL_INVOICE, "order_reference", 0},
	{RR_COL_INVOICE, "order_ref", 0}, {RR_COL_INVOICE, "sale_id", 0},
	{RR_COL_INVOICE, "sales_id", 0}, {RR_COL_INVOICE, "sale_no", 0},
	{RR_COL_INVOICE, "sale_number", 0},
	/* a restaurant's or a bar's check, its bill (Toast's Check #, Micros' Check Number and
	 * Chk Num, Aloha's Check ID: t76 F17), and the business date its tills write beside the
	 * clock (a check closed past midnight is the day before's): fallbacks, as a check
	 * number is also a cheque's in a ledger */
	{RR_COL_INVOICE, "check_no", 1}, {RR_COL_INVOICE, "check_number", 1},
	{RR_COL_INVOICE, "check_id", 1}, {RR_COL_INVOICE, "check_num", 1},
	{RR_COL_INVOICE, "check_#", 1}, {RR_COL_INVOICE, "chk_num", 1},
	{RR_COL_INVOICE, "chk_no", 1}, {RR_COL_INVOICE, "guest_check", 1},
	{RR_COL_INVOICE, "guest_check_no", 1}, {RR_COL_INVOICE, "guest_check_number", 1},
	/* a hotel's bill, its folio (Oracle Opera's FOLIO_NO: t86 F14) */
	{RR_COL_INVOICE, "folio_no", 1}, {RR_COL_INVOICE, "folio_number", 1},
	{RR_COL_INVOICE, "folio_id", 1},
	{RR_COL_DATE, "business_date", 1}, {RR_COL_DATE, "business_day", 1},
	{RR_COL_DATE, "trading_date", 1}, {RR_COL_DATE, "trading_day", 1},
	/* accounting and ERP systems: Dynamics' Document No., a ledger's Doc No (t73 F12), SAP's
	 * DocNum, Sage's Invoice/CM #, Amazon's amazon-order-id */
	{RR_COL_INVOICE, "document_no", 1}, {RR_COL_INVOICE, "document_number", 1},
	{RR_COL_INVOICE, "doc_no", 1}, {RR_COL_INVOICE, "doc_number", 1},
	{RR_COL_INVOICE, "docnum", 0}, {RR_COL_INVOICE, "invoice/cm", 0},
	/* SAP ECC's field names, as SE16 and SQVI write a billing extract's (VBRK/VBRP; t53 F3:
	 * the quantity hint named POSNR, the line's position, for want of FKIMG): the billing
	 * document, its date, the sold-to party (KUNNR, a customer's number in VBAK and KNA1,
	 * after it), the material and its text, the billed or ordered quantity, the net value */
	{RR_COL_INVOICE, "vbeln", 0}, {RR_COL_DATE, "fkdat", 0}, {RR_COL_DATE, "audat", 1},
	{RR_COL_USER, "kunag", 0}, {RR_COL_USER, "kunnr", 1}, {RR_COL_ITEM, "matnr", 0},
	{RR_COL_DESC, "arktx", 0}, {RR_COL_DESC, "maktx", 0}, {RR_COL_QTY, "fkimg", 0},
	{RR_COL_QTY, "kwmeng", 0}, {RR_COL_AMOUNT, "netwr", 0},
	/* Tally's Voucher No., a sales voucher's number (t46 F9: two of a day's merged) */
	{RR_COL_INVOICE, "voucher_no", 1}, {RR_COL_INVOICE, "voucher_number", 1},
	/* Busy's and Marg's Vch No. (t49 F05: offered as the customer) */
	{RR_COL_INVOICE, "vch_no", 1}, {RR_COL_INVOICE, "vch_number", 1},
	{RR_COL_INVOICE, "amazon_order_id", 0},
	/* Magento's order number (its order_id, when written, is the same order's row id) */
	{RR_COL_INVOICE, "increment_id", 1},
	/* QuickBooks' reports number each transaction in Num; a fallback, as the bare word may
	 * count something else elsewhere */
	{RR_COL_INVOICE, "num", 1},
	/* a checkout's cart, which a marketplace numbers beside an order number per line (t53
	 * F1: Qoo10's Cart No. beside its Order No., Gmarket ESM's cart number beside its order
	 * number): fallbacks, and the invoice over one that is another on every line while they
	 * group a customer's lines of one time (basket_of_lines) */
	{RR_COL_INVOICE, "cart_no", 1}, {RR_COL_INVOICE, "cart_id", 1},
	{RR_COL_INVOICE, "cart_number", 1}, {RR_COL_INVOICE, "basket_no", 1},
	{RR_COL_INVOICE, "basket_number", 1}, {RR_COL_INVOICE, "checkout_id", 1},
	{RR_COL_INVOICE, "checkout_no", 1}, {RR_COL_INVOICE, "warenkorb_id", 1},
	{RR_COL_INVOICE, "warenkorbnummer", 1}, {RR_COL_INVOICE, "panier_id", 1},
	{RR_COL_INVOICE, "numero_panier", 1}, {RR_COL_INVOICE, "num\xC3\xA9ro_panier", 1},
	{RR_COL_INVOICE, "\xEC\x9E\xA5\xEB\xB0\x94\xEA\xB5\xAC\xEB\x8B\x88\xEB\xB2\x88\xED\x98\xB8", 1},
	{RR_COL_INVOICE, "\xE3\x82\xAB\xE3\x83\xBC\xE3\x83\x88\xE7\x95\xAA\xE5\x8F\xB7", 1},
	{RR_COL_INVOICE, "\xE8\xB4\xAD\xE7\x89\xA9\xE8\xBD\xA6\xE7\xBC\x96\xE5\x8F\xB7", 1},
	/* an event log's session: its purchases are one checkout, when nothing names the order;
	 * the invoice names of this last level are sessions (sniff_invoice_session) */
	{RR_COL_INVOICE, "user_session", 2}, {RR_COL_INVOICE, "session_id", 2},
	{RR_COL_INVOICE, "session", 2},
	/* the bare words (item, product, article and their translations) are fallbacks: beside
	 * a code they are the item's name (sniff_columns) */
	{RR_COL_ITEM, "item", 1}, {RR_COL_ITEM, "item_id", 0}, {RR_COL_ITEM, "item_code", 0},
	{RR_COL_ITEM, "item_no", 0}, {RR_COL_ITEM, "item_number", 0}, {RR_COL_ITEM, "sku", 0},
	{RR_COL_ITEM, "product", 1}, {RR_COL_ITEM, "product_id", 0},
	{RR_COL_ITEM, "product_code", 0}, {RR_COL_ITEM, "product_no", 0},
	{RR_COL_ITEM, "product_number", 0}, {RR_COL_ITEM, "product_sku", 0},
	{RR_COL_ITEM, "product_key", 0}, {RR_COL_ITEM, "id_product", 0},
	{RR_COL_ITEM, "product/service", 1}, {RR_COL_ITEM, "produit/service", 1},
	{RR_COL_ITEM, "variant_sku", 0}, {RR_COL_ITEM, "lineitem_sku", 0},
	{RR_COL_ITEM, "item_sku", 0},
	/* a part's number, as distributors and QuickBooks write it beside the Item (t64 F4);
	 * eBay's Custom Label, the seller's SKU beside its Item Number, a listing's (F5: a new
	 * one at each relist: as Etsy's Listing ID, the fallback); Lightspeed Retail's Custom SKU
	 * beside its UPC, a barcode (F10: a third of the lines without one). Written as one
	 * word, as they are compared: part and custom alone would tell an item in Party,
	 * Particulars, Customer (text_holds_role_word) */
	{RR_COL_ITEM, "partnumber", 0}, {RR_COL_ITEM, "partno", 0}, {RR_COL_ITEM, "partnum", 0},
	{RR_COL_ITEM, "customlabel", 0}, {RR_COL_ITEM, "customsku", 0},
	/* marketplaces: Lazada's Seller SKU, Shopee's SKU Reference No., Trendyol's Stok Kodu */
	{RR_COL_ITEM, "seller_sku", 0},
	/* Retail Pro Prism (t86 F16): the inventory item's SID, on every line (written as one
	 * word: sid would tell an item in Residence), and its item's first description line
	 * (description2 to 4 are its variants' words). Not its ALU, a shop's label code, blank
	 * for some items, and as a word in Value */
	{RR_COL_ITEM, "invnsbsitemsid", 0}, {RR_COL_DESC, "description1", 0},
	/* TikTok Shop's order export: its Created Time, and the unit price beside the line's
	 * SKU Subtotal Before Discount (t56 F18g: two rounds of hints) */
	{RR_COL_DATE, "created_time", 0}, {RR_COL_PRICE, "sku_unit_original_price", 0},
	{RR_COL_ITEM, "sku_reference_no", 0},
	{RR_COL_ITEM, "stok_kodu", 0} /* Ecwid */,
	{RR_COL_ITEM, "stock_code", 0}, {RR_COL_ITEM, "article", 1},
	{RR_COL_ITEM, "article_id", 0}, {RR_COL_ITEM, "article_no", 0},
	{RR_COL_ITEM, "article_number", 0},
	/* Favorita's item_nbr; dunnhumby's Let's Get Sort-of-Real PROD_CODE */
	{RR_COL_ITEM, "item_nbr", 0}, {RR_COL_ITEM, "prod_code", 0},
	{RR_COL_ITEM, "ean", 2}, {RR_COL_ITEM, "gtin", 2}, {RR_COL_ITEM, "upc", 2},
	{RR_COL_ITEM, "barcode", 2},
	/* the same barcode under its owner's prefix (t63 F26: Shopify's Variant Barcode, a
	 * product export's Product GTIN): the fallback that names a line whose SKU is empty */
	{RR_COL_ITEM, "variant_barcode", 2}, {RR_COL_ITEM, "product_barcode", 2},
	{RR_COL_ITEM, "item_barcode", 2}, {RR_COL_ITEM, "variant_gtin", 2},
	{RR_COL_ITEM, "product_gtin", 2}, {RR_COL_ITEM, "product_ean", 2},
	{RR_COL_ITEM, "product_upc", 2},
	/* Etsy's listing: the item when there is no SKU column, else it names the lines whose
	 * SKU is empty (most listings have none; sniff_item_fallback) */
	{RR_COL_ITEM, "listing_id", 2},
	{RR_COL_DESC, "desc", 0}, {RR_COL_DESC, "description", 0},
	{RR_COL_DESC, "product_name", 0}, {RR_COL_DESC, "item_name", 0},
	{RR_COL_DESC, "item_desc", 0} /* a mainframe's ITEM-DESC (t64 L3) */,
	{RR_COL_DESC, "item_description", 0}, {RR_COL_DESC, "product_description", 0},
	{RR_COL_DESC, "product_title", 0}, {RR_COL_DESC, "article_name", 0},
	{RR_COL_DESC, "lineitem_name", 0}, {RR_COL_DESC, "item_title", 0},
	{RR_COL_DESC, "dscription", 0} /* SAP Business One's own spelling */,
	/* H&M's articles table: prod_name the name, detail_desc a paragraph, the last resort */
	{RR_COL_DESC, "prod_name", 0}, {RR_COL_DESC, "detail_desc", 2},
	{RR_COL_ITEM, "inventory_item_code", 1}, {RR_COL_PRICE, "unit_amount", 1} /* Xero */,
	/* WooCommerce's unit price; a fallback, as a cost may be the shop's own elsewhere */
	{RR_COL_PRICE, "item_cost", 1},
	/* NetSuite's saved searches' unit price (t42 F11: no price column was said) */
	{RR_COL_PRICE, "item_rate", 1},
	/* Indian GST and Tally invoices' unit price; the last resort, as a bare rate may be a
	 * tax's or an exchange rate elsewhere */
	{RR_COL_PRICE, "rate", 2},
	{RR_COL_DESC, "name", 1},
	{RR_COL_DESC, "title", 1},
	{RR_COL_QTY, "qty", 0}, {RR_COL_QTY, "quantity", 0}, {RR_COL_QTY, "units", 0},
	{RR_COL_QTY, "qty_ordered", 0}, {RR_COL_QTY, "quantity_ordered", 0},
	{RR_COL_QTY, "ordered_quantity", 0}, {RR_COL_QTY, "order_quantity", 0},
	{RR_COL_QTY, "order_qty", 0}, {RR_COL_QTY, "product_quantity", 0},
	{RR_COL_QTY, "product_qty", 0},
	/* Q'ty, as Japanese, Korean and Taiwanese English writes it (t71 F28; Qty. and Q.ty
	 * are qty as compared, points left out) */
	{RR_COL_QTY, "q'ty", 0}, {RR_COL_QTY, "q\xE2\x80\x99ty", 0},
	{RR_COL_QTY, "product_uom_qty", 0} /* Odoo's order line's quantity */,
	{RR_COL_QTY, "qty_sold", 0}, {RR_COL_QTY, "quantity_sold", 0},
	{RR_COL_QTY, "units_sold", 0}, {RR_COL_QTY, "lineitem_quantity", 0},
	{RR_COL_QTY, "item_quantity", 0},
	{RR_COL_QTY, "pieces", 0}, {RR_COL_QTY, "quantity_purchased", 1},
	{RR_COL_QTY, "qty_purchased", 1},
	/* Shopify Analytics' sales report: Net items sold, its returns -1 on rows of their own
	 * (t72 F22: read as one unit a line, 1046 for 1401) */
	{RR_COL_QTY, "net_items_sold", 1}, {RR_COL_QTY, "items_sold", 1},
	/* t77 F10, F14: Shift4Shop's numitems, a count of items or of packs (Ankorstore's Number
	 * of packs, its Units per pack the pack's size: ingest_pack_columns), Rakuten's 個数 */
	{RR_COL_QTY, "numitems", 1}, {RR_COL_QTY, "num_items", 1}, {RR_COL_QTY, "no_of_items", 1}, {RR_COL_QTY, "number_of_items", 1},
	{RR_COL_QTY, "number_of_packs", 1}, {RR_COL_QTY, "num_packs", 1}, {RR_COL_QTY, "no_of_packs", 1}, {RR_COL_QTY, "\xE5\x80\x8B\xE6\x95\xB0", 1},
	/* what was shipped, delivered or invoiced of an order: the quantity only when no other
	 * is there, else a second one the summary names (t49 F19: Quantity Shipped beside
	 * Quantity Ordered, taken unsaid) */
	{RR_COL_QTY, "qty_shipped", 2}, {RR_COL_QTY, "quantity_shipped", 2},
	{RR_COL_QTY, "shipped_quantity", 2}, {RR_COL_QTY, "shipped_qty", 2},
	{RR_COL_QTY, "qty_delivered", 2}, {RR_COL_QTY, "quantity_delivered", 2},
	{RR_COL_QTY, "delivered_quantity", 2}, {RR_COL_QTY, "qty_invoiced", 2},
	{RR_COL_QTY, "quantity_invoiced", 2}, {RR_COL_QTY, "invoiced_quantity", 2},
	{RR_COL_DATE, "date", 0}, {RR_COL_DATE, "order_date", 0}, {RR_COL_DATE, "invoice_date", 0},
	{RR_COL_DATE, "timestamp", 0}, {RR_COL_DATE, "datetime", 0},
	{RR_COL_DATE, "created_at", 0}, {RR_COL_DATE, "ordered_at", 0},
	/* t77 F16: when a charge was taken (Recharge's processed_at, blank on the queued ones),
	 * never its scheduled_at, which the date hint picked for being full */
	{RR_COL_DATE, "processed_at", 1}, {RR_COL_DATE, "charged_at", 1},
	/* a database's and an ERP's (t64 L2: PostgreSQL's invoiced_at, a created_ms of Unix
	 * milliseconds, Sage Intacct's WHENCREATED, a mainframe's INV-DATE; Kounta's bare
	 * Created a fallback, as a record's creation may be beside the sale's date) */
	{RR_COL_DATE, "invoicedat", 0}, {RR_COL_DATE, "created_ms", 0},
	{RR_COL_DATE, "whencreated", 0}, {RR_COL_DATE, "invdate", 0},
	/* (invoiced_at and inv_date as one word: invoiced is a quantity's, inv an invoice's) */
	{RR_COL_DATE, "created", 1},
	{RR_COL_DATE, "purchased_at", 0}, {RR_COL_DATE, "order_datetime", 0},
	{RR_COL_DATE, "purchase_date", 0}, {RR_COL_DATE, "transaction_date", 0},
	{RR_COL_DATE, "sale_date", 0}, {RR_COL_DATE, "sales_date", 0},
	{RR_COL_DATE, "transaction_dt", 0}, {RR_COL_DATE, "trans_date", 0},
	{RR_COL_DATE, "txn_date", 0}, {RR_COL_DATE, "bill_date", 0},
	{RR_COL_DATE, "event_time", 0}, {RR_COL_DATE, "event_timestamp", 0},
	{RR_COL_DATE, "event_date", 0}, {RR_COL_DATE, "t_dat", 0}, {RR_COL_DATE, "day", 1},
	{RR_COL_DATE, "docdate", 0}, {RR_COL_DATE, "posting_date", 1},
	{RR_COL_DATE, "date_added", 1}, {RR_COL_DATE, "document_date", 2},
	/* PrestaShop's (as OpenCart's date_added), dunnhumby's Complete Journey 2018 */
	{RR_COL_DATE, "date_add", 1}, {RR_COL_DATE, "transaction_timestamp", 0},
	{RR_COL_DATE, "order_purchase_timestamp", 0} /* Olist */,
	{RR_COL_DATE, "date_created", 1} /* Wix */, {RR_COL_DATE, "line_item_date", 1} /* Clover */,
	{RR_COL_DATE, "order_creation_date", 0} /* Shopee */,
	/* an order's date in other words (t67 F8; beside a bare Date they win: order_dates) */
	{RR_COL_DATE, "date_ordered", 0}, {RR_COL_DATE, "order_placed", 0},
	{RR_COL_DATE, "fecha_de_pedido", 0}, {RR_COL_DATE, "fecha_del_pedido", 0},
	{RR_COL_DATE, "shop_date", 0} /* dunnhumby's Let's Get Sort-of-Real (YYYYMMDD) */,
	/* an invoice's issue date, beside its due date (t74 F27: Issue Date, Fecha de emisi\xC3\xB3n,
	 * \xE5\xBC\x80\xE7\xA5\xA8\xE6\x97\xA5\xE6\x9C\x9F, \xEB\xB0\x9C\xED\x96\x89\xEC\x9D\xBC, Ng\xC3\xA0y l\xE1\xBA\xADp were refused): a level below an order's or a sale's date, as
	 * data_wystawienia is, in English, Spanish, Portuguese, Italian, French, German, Dutch,
	 * Turkish, Chinese, Korean, Japanese and Vietnamese */
	{RR_COL_DATE, "issue_date", 1}, {RR_COL_DATE, "date_of_issue", 1},
	{RR_COL_DATE, "issued_date", 1}, {RR_COL_DATE, "date_issued", 1},
	{RR_COL_DATE, "issued_on", 1}, {RR_COL_DATE, "fecha_de_emisi\xC3\xB3n", 1},
	{RR_COL_DATE, "fecha_de_emision", 1}, {RR_COL_DATE, "fecha_emisi\xC3\xB3n", 1},
	{RR_COL_DATE, "fecha_emision", 1}, {RR_COL_DATE, "data_de_emiss\xC3\xA3o", 1},
	{RR_COL_DATE, "data_de_emissao", 1}, {RR_COL_DATE, "data_emiss\xC3\xA3o", 1},
	{RR_COL_DATE, "data_emissao", 1}, {RR_COL_DATE, "data_di_emissione", 1},
	{RR_COL_DATE, "data_emissione", 1}, {RR_COL_DATE, "date_d'\xC3\xA9mission", 1},
	{RR_COL_DATE, "date_d'emission", 1}, {RR_COL_DATE, "date_\xC3\xA9mission", 1},
	{RR_COL_DATE, "date_emission", 1}, {RR_COL_DATE, "ausstellungsdatum", 1},
	{RR_COL_DATE, "uitgiftedatum", 1}, {RR_COL_DATE, "d\xC3\xBCzenleme_tarihi", 1},
	{RR_COL_DATE, "duzenleme_tarihi", 1},
	{RR_COL_DATE, "\xE5\xBC\x80\xE7\xA5\xA8\xE6\x97\xA5\xE6\x9C\x9F", 1},
	{RR_COL_DATE, "\xE9\x96\x8B\xE7\xA5\xA8\xE6\x97\xA5\xE6\x9C\x9F", 1},
	{RR_COL_DATE, "\xE5\x8F\x91\xE7\xA5\xA8\xE6\x97\xA5\xE6\x9C\x9F", 1},
	{RR_COL_DATE, "\xE7\x99\xBC\xE7\xA5\xA8\xE6\x97\xA5\xE6\x9C\x9F", 1},
	{RR_COL_DATE, "\xEB\xB0\x9C\xED\x96\x89\xEC\x9D\xBC", 1},
	{RR_COL_DATE, "\xEB\xB0\x9C\xED\x96\x89\xEC\x9D\xBC\xEC\x9E\x90", 1},
	{RR_COL_DATE, "\xEC\x9E\x91\xEC\x84\xB1\xEC\x9D\xBC\xEC\x9E\x90", 1},
	{RR_COL_DATE, "\xE7\x99\xBA\xE8\xA1\x8C\xE6\x97\xA5", 1},
	{RR_COL_DATE, "ng\xC3\xA0y_l\xE1\xBA\xADp", 1}, {RR_COL_DATE, "ngay_lap", 1},
	{RR_COL_DATE, "ng\xC3\xA0y_l\xE1\xBA\xADp_h\xC3\xB3" "a_\xC4\x91\xC6\xA1n", 1},
	{RR_COL_DATE, "ng\xC3\xA0y_h\xC3\xB3" "a_\xC4\x91\xC6\xA1n", 1},
	{RR_COL_DATE, "ng\xC3\xA0y_xu\xE1\xBA\xA5t_h\xC3\xB3" "a_\xC4\x91\xC6\xA1n", 1},
	{RR_COL_PRICE, "price", 0}, {RR_COL_PRICE, "unit_price", 0},
	{RR_COL_PRICE, "price_each", 0}, {RR_COL_PRICE, "price_per_unit", 0},
	{RR_COL_PRICE, "item_price", 0}, {RR_COL_PRICE, "product_price", 0},
	{RR_COL_PRICE, "product_unit_price", 0}, {RR_COL_PRICE, "sold_for", 0},
	{RR_COL_PRICE, "sale_price", 0}, {RR_COL_PRICE, "selling_price", 0},
	{RR_COL_PRICE, "lineitem_price", 0},
	/* an e-invoice's line (UBL's PriceAmount, Peppol, XRechnung: t83 F23) */
	{RR_COL_PRICE, "price_amount", 0},
	/* the net unit price, alone (t74 F27: SAP's Net Price, its field NETPR, had no price;
	 * beside another price the paid one wins: paid_price; beside a Gross Price, Toast's
	 * line totals, none: net_beside_gross), in German, Dutch, the Nordic languages and
	 * Portuguese too */
	{RR_COL_PRICE, "net_price", 1}, {RR_COL_PRICE, "net_unit_price", 1},
	{RR_COL_PRICE, "netpr", 0}, {RR_COL_PRICE, "nettopreis", 1},
	{RR_COL_PRICE, "nettoprijs", 1}, {RR_COL_PRICE, "nettopris", 1},
	{RR_COL_PRICE, "nettohinta", 1}, {RR_COL_PRICE, "pre\xC3\xA7o_l\xC3\xADquido", 1},
	{RR_COL_USER, "user", 0}, {RR_COL_USER, "user_id", 0}, {RR_COL_USER, "customer", 0},
	{RR_COL_USER, "customer_id", 0}, {RR_COL_USER, "customer_no", 0},
	{RR_COL_USER, "customer_number", 0}, {RR_COL_USER, "customer_code", 0},
	{RR_COL_USER, "customer_key", 0}, {RR_COL_USER, "id_customer", 0},
	{RR_COL_USER, "buyer_user_id", 0}, {RR_COL_USER, "buyer", 1},
	{RR_COL_USER, "member_number", 0}, {RR_COL_USER, "user_pseudo_id", 1},
	{RR_COL_USER, "buyer_username", 0}, {RR_COL_USER, "customer_username", 0},
	{RR_COL_USER, "cust_id", 0}, {RR_COL_USER, "cust_no", 0}, {RR_COL_USER, "client", 0},
	{RR_COL_USER, "cust_code", 0} /* dunnhumby's Let's Get Sort-of-Real */,
	{RR_COL_USER, "client_id", 0}, {RR_COL_USER, "client_no", 0},
	{RR_COL_USER, "member_id", 0}, {RR_COL_USER, "member_no", 0},
	{RR_COL_USER, "account_id", 0}, {RR_COL_USER, "account_no", 0},
	/* a restaurant's guest by its id (SevenRooms, OpenTable, Toast: t83 F9; Guest alone is
	 * a walk-in's word, ingest_placeholder_ids) */
	{RR_COL_USER, "guest_id", 0}, {RR_COL_USER, "guest_no", 0},
	{RR_COL_USER, "guest_number", 0},
	/* a hotel's guest by the profile its PMS keeps (Oracle Opera's PROFILE_ID, beside the
	 * folio's charge names: t86 F14, offered as the item): a fallback */
	{RR_COL_USER, "profile_id", 1}, {RR_COL_USER, "guest_profile_id", 1},
	/* Tally's, Busy's and Marg's buyer: the party, its ledger (t49 F05) */
	{RR_COL_USER, "party", 1}, {RR_COL_USER, "party_name", 1}, {RR_COL_USER, "party_code", 1},
	{RR_COL_USER, "ledger", 2}, {RR_COL_USER, "ledger_name", 2},
	/* t49 F17: Brightpearl's Customer Account Ref and the like, the account beside the
	 * customer's name (namesakes are two customers): a customer's reference before any name */
	{RR_COL_USER, "customer_account_ref", 0}, {RR_COL_USER, "customer_account", 0},
	{RR_COL_USER, "customer_account_no", 0}, {RR_COL_USER, "customer_account_number", 0},
	{RR_COL_USER, "customer_ref", 0}, {RR_COL_USER, "customer_reference", 0},
	{RR_COL_USER, "client_ref", 0}, {RR_COL_USER, "client_reference", 0},
	{RR_COL_USER, "account_ref", 1},
	{RR_COL_USER, "buyer_id", 0}, {RR_COL_USER, "shopper_id", 0},
	{RR_COL_USER, "household_key", 0}, {RR_COL_USER, "household_id", 0},
	{RR_COL_USER, "customer/vendor_code", 0} /* SAP Business One's label of CardCode */,
	{RR_COL_USER, "customer_user_id", 0}, {RR_COL_USER, "cardcode", 0},
	/* Dynamics 365 F&O and AX (t86 F16): CustInvoiceTrans' InvoiceAccount (the account
	 * billed) beside its OrderAccount (the one that ordered, most often the same: a
	 * fallback), the sales and retail tables' CustAccount, and their data entities' names;
	 * Retail Pro Prism's bt_cuid, the bill-to customer's id (not st_cuid, the ship-to's).
	 * Written as one word, as compared (partnumber's reason) */
	{RR_COL_USER, "invoiceaccount", 0}, {RR_COL_USER, "orderaccount", 1},
	{RR_COL_USER, "custaccount", 0}, {RR_COL_USER, "invoicecustomeraccountnumber", 0},
	{RR_COL_USER, "orderingcustomeraccountnumber", 1}, {RR_COL_USER, "btcuid", 0},
	{RR_COL_USER, "customer_unique_id", 0} /* Olist: wins over customer_id (prefer[]) */,
	{RR_COL_USER, "sell_to_customer_no", 0}, {RR_COL_USER, "bill_to_customer_no", 1},
	/* Business Central's ledger entries name their customer (a vendor on a purchase's) by
	 * Source No.: the last fallback (t83 F19) */
	{RR_COL_USER, "source_no", 2}, {RR_COL_USER, "quellennr", 2} /* its German page's */,
	{RR_COL_USER, "email", 1}, {RR_COL_USER, "customer_email", 1},
	{RR_COL_USER, "billing_email", 1}, {RR_COL_USER, "e_mail", 1},
	{RR_COL_USER, "buyer_email", 1}, {RR_COL_USER, "visitor_id", 1},
	{RR_COL_USER, "email_address", 1} /* Xero */, {RR_COL_USER, "contact_name", 2},
	{RR_COL_USER, "contact_email", 1} /* Wix */, {RR_COL_USER, "e_posta", 1} /* Trendyol */,
	{RR_COL_USER, "customer_name", 2},
	{RR_COL_USER, "client_name", 2}, {RR_COL_USER, "buyer_name", 2},
	/* SAP S/4HANA's Fiori labels of a billing document's lines, English and German (t67 F13,
	 * F18): the sold-to party (KUNAG) and its name, the billing document (VBELN), its date,
	 * the material's text (the material, MATNR, is the item beside them: export_roles).
	 * Never the Position (POSNR 000010): a line's number. Epicor Eagle's Cust# and Cust Name,
	 * and its Trans#, the receipt */
	{RR_COL_USER, "sold_to_party", 0}, {RR_COL_USER, "sold_to_party_name", 2},
	{RR_COL_USER, "auftraggeber", 0}, {RR_COL_USER, "name_des_auftraggebers", 2},
	{RR_COL_INVOICE, "billing_document", 0}, {RR_COL_INVOICE, "fakturabeleg", 0},
	{RR_COL_DATE, "billing_date", 0},
	{RR_COL_DESC, "materialkurztext", 0}, {RR_COL_DESC, "materialbezeichnung", 0},
	{RR_COL_DESC, "material_description", 0},
	{RR_COL_USER, "cust", 1}, {RR_COL_USER, "cust_name", 2}, {RR_COL_INVOICE, "trans", 1},
	{RR_COL_COUNTRY, "country", 0}, {RR_COL_COUNTRY, "country_code", 0},
	{RR_COL_COUNTRY, "billing_country", 1}, {RR_COL_COUNTRY, "ship_country", 1},
	{RR_COL_COUNTRY, "shipping_country", 1},
	/* not "amount", "total" or "sales": a quantity in some files (Ta Feng's AMOUNT), an
	 * order's total in others; a column misread as money is worse than one left unused */
	{RR_COL_AMOUNT, "line_total", 0}, {RR_COL_AMOUNT, "line_amount", 0},
	{RR_COL_AMOUNT, "order_line_total", 0} /* WooCommerce */,
	{RR_COL_AMOUNT, "total_price", 0}, {RR_COL_AMOUNT, "extended_price", 0},
	{RR_COL_AMOUNT, "sales_value", 0}, {RR_COL_AMOUNT, "sales_amount", 0},
	{RR_COL_AMOUNT, "verkaufsbetrag", 0} /* BC's German Sales Amount (t89 F5) */,
	{RR_COL_AMOUNT, "line_extension_amount", 0} /* UBL's LineExtensionAmount */,
	{RR_COL_AMOUNT, "revenue", 1}, {RR_COL_AMOUNT, "net_sales", 1},
	{RR_COL_AMOUNT, "gross_sales", 2},
	{RR_COL_TIME, "time", 0}, {RR_COL_TIME, "order_time", 0}, {RR_COL_TIME, "invoice_time", 0},
	{RR_COL_TIME, "transaction_time", 0}, {RR_COL_TIME, "sale_time", 0},
	{RR_COL_TIME, "purchase_time", 0}, {RR_COL_TIME, "trans_time", 0},
	{RR_COL_TIME, "txn_time", 0},
	/* the time of day in the languages of the names: beside a date's name in one column's
	 * (Datum/Uhrzeit, Fecha y hora) they make it the date's (date_time_name; t46 F2) */
	{RR_COL_TIME, "uhrzeit", 0}, {RR_COL_TIME, "heure", 1},
	{RR_COL_TIME, "hora", 1}, {RR_COL_TIME, "ora", 1}, {RR_COL_TIME, "tijd", 1},
	{RR_COL_TIME, "tid", 1}, {RR_COL_TIME, "klokkeslett", 1}, {RR_COL_TIME, "kellonaika", 1},
	/* t77 F9: Depop's Time of sale, and the time of day in Polish, Czech, Russian, Ukrainian,
	 * Turkish, Japanese, Chinese, Korean and Thai (a customer's visits of a day were one
	 * invoice; Vietnamese Th\xE1\xBB\x9Di gian is a date's name) */
	{RR_COL_TIME, "time_of_sale", 1}, {RR_COL_TIME, "time_of_purchase", 1},
	{RR_COL_TIME, "time_of_order", 1}, {RR_COL_TIME, "checkout_time", 1},
	{RR_COL_TIME, "godzina", 1}, {RR_COL_TIME, "\xC4\x8D" "as", 1},
	{RR_COL_TIME, "\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F", 1},
	{RR_COL_TIME, "\xD1\x87\xD0\xB0\xD1\x81", 1}, {RR_COL_TIME, "saat", 1},
	{RR_COL_TIME, "\xE6\x99\x82\xE5\x88\xBB", 1},
	{RR_COL_TIME, "\xE6\x99\x82\xE9\x96\x93", 1},
	{RR_COL_TIME, "\xE6\x97\xB6\xE9\x97\xB4", 1},
	{RR_COL_TIME, "\xEC\x8B\x9C\xEA\xB0\x84", 1},
	{RR_COL_TIME, "\xE0\xB9\x80\xE0\xB8\xA7\xE0\xB8\xA5\xE0\xB8\xB2", 1},
	{RR_COL_EVENT, "event", 0}, {RR_COL_EVENT, "event_type", 0}, {RR_COL_EVENT, "event_name", 0},
	{RR_COL_EVENT, "action", 0}, {RR_COL_EVENT, "action_type", 0},
	{RR_COL_EVENT, "behavior", 0}, {RR_COL_EVENT, "behaviour", 0},
	{RR_COL_EVENT, "behavior_type", 0}, {RR_COL_EVENT, "interaction", 0},
	{RR_COL_EVENT, "interaction_type", 0},
	/* the name in the other languages relrec reads (t80 F4: Ereignis, \xD0\xA1\xD0\xBE\xD0\xB1\xD1\x8B\xD1\x82\xD0\xB8\xD0\xB5,
	 * \xE3\x82\xA4\xE3\x83\x99\xE3\x83\xB3\xE3\x83\x88 were unused, every view read as a purchase) */
	{RR_COL_EVENT, "ereignis", 0}, {RR_COL_EVENT, "ereignistyp", 0},
	{RR_COL_EVENT, "ereignisart", 0}, {RR_COL_EVENT, "\xC3\xA9v\xC3\xA9nement", 0},
	{RR_COL_EVENT, "evenement", 0}, {RR_COL_EVENT, "type_d_\xC3\xA9v\xC3\xA9nement", 0},
	{RR_COL_EVENT, "type_d_evenement", 0}, {RR_COL_EVENT, "evento", 0},
	{RR_COL_EVENT, "tipo_de_evento", 0}, {RR_COL_EVENT, "tipo_evento", 0},
	{RR_COL_EVENT, "gebeurtenis", 0}, {RR_COL_EVENT, "zdarzenie", 0},
	{RR_COL_EVENT, "typ_zdarzenia", 0}, {RR_COL_EVENT, "ud\xC3\xA1lost", 0},
	{RR_COL_EVENT, "udalost", 0},
	{RR_COL_EVENT, "\xD1\x81\xD0\xBE\xD0\xB1\xD1\x8B\xD1\x82\xD0\xB8\xD0\xB5", 0},
	{RR_COL_EVENT, "\xD1\x82\xD0\xB8\xD0\xBF_\xD1\x81\xD0\xBE\xD0\xB1\xD1\x8B\xD1\x82\xD0\xB8\xD1\x8F", 0},
	{RR_COL_EVENT, "\xE3\x82\xA4\xE3\x83\x99\xE3\x83\xB3\xE3\x83\x88", 0},
	{RR_COL_EVENT, "\xE3\x82\xA4\xE3\x83\x99\xE3\x83\xB3\xE3\x83\x88\xE7\xA8\xAE\xE5\x88\xA5", 0},
	{RR_COL_EVENT, "\xE3\x82\xA4\xE3\x83\x99\xE3\x83\xB3\xE3\x83\x88\xE3\x82\xBF\xE3\x82\xA4\xE3\x83\x97", 0},
	{RR_COL_EVENT, "\xEC\x9D\xB4\xEB\xB2\xA4\xED\x8A\xB8", 0},
	{RR_COL_EVENT, "\xEC\x9D\xB4\xEB\xB2\xA4\xED\x8A\xB8_\xEC\x9C\xA0\xED\x98\x95", 0},
	{RR_COL_EVENT, "\xEC\x9D\xB4\xEB\xB2\xA4\xED\x8A\xB8\xEC\x9C\xA0\xED\x98\x95", 0},
	{RR_COL_EVENT, "\xE4\xBA\x8B\xE4\xBB\xB6", 0},
	{RR_COL_EVENT, "\xE4\xBA\x8B\xE4\xBB\xB6\xE7\xB1\xBB\xE5\x9E\x8B", 0},
	{RR_COL_EVENT, "\xE4\xBA\x8B\xE4\xBB\xB6\xE9\xA1\x9E\xE5\x9E\x8B", 0},
	{RR_COL_EVENT, "\xE8\xA1\x8C\xE4\xB8\xBA\xE7\xB1\xBB\xE5\x9E\x8B", 0},
	{RR_COL_EVENT, "\xE8\xA1\x8C\xE7\x82\xBA\xE9\xA1\x9E\xE5\x9E\x8B", 0},
	{RR_COL_EVENT, "olay", 0}, {RR_COL_EVENT, "olay_t\xC3\xBCr\xC3\xBC", 0},
	{RR_COL_EVENT, "olay_turu", 0}, {RR_COL_EVENT, "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAF\xD8\xAB", 0},
	{RR_COL_EVENT, "\xD9\x86\xD9\x88\xD8\xB9_\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAF\xD8\xAB", 0},
	{RR_COL_EVENT, "\xD8\xB1\xD9\x88\xDB\x8C\xD8\xAF\xD8\xA7\xD8\xAF", 0},
	{RR_COL_EVENT, "peristiwa", 0}, {RR_COL_EVENT, "s\xE1\xBB\xB1_ki\xE1\xBB\x87n", 0},
	{RR_COL_EVENT, "lo\xE1\xBA\xA1i_s\xE1\xBB\xB1_ki\xE1\xBB\x87n", 0},
	{RR_COL_EVENT, "\xE0\xB9\x80\xE0\xB8\xAB\xE0\xB8\x95\xE0\xB8\xB8\xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA3\xE0\xB8\x93\xE0\xB9\x8C", 0},
	/* an accounting export's document type (QuickBooks: Invoice, Sales Receipt, Credit Memo) */
	{RR_COL_EVENT, "transaction_type", 1}, {RR_COL_EVENT, "document_type", 1},
	/* an item ledger's kind of entry (Business Central's Item Ledger Entries: Sale, Purchase,
	 * Transfer, Positive Adjmt.; its Value Entries' Item Ledger Entry Type), over its
	 * Document Type (Sales Shipment, the posted sale itself there: t83 F19) */
	{RR_COL_EVENT, "entry_type", 0}, {RR_COL_EVENT, "item_ledger_entry_type", 0},
	{RR_COL_EVENT, "postenart", 0} /* the German page's Entry Type (t89 F5) */,
	/* a Mexican CFDI's: I an invoice, E a credit note (cfdi_types; t39 #4) */
	{RR_COL_EVENT, "tipo_de_comprobante", 1},
	/* ERPs' document types as codes (ingest.c's doc_codes: t86 F4): Dynamics GP's SOPTYPE
	 * (SmartList's SOP Type), SAP Business One's ObjType, Retail Pro's receipt_type */
	{RR_COL_EVENT, "soptype", 1}, {RR_COL_EVENT, "objtype", 1},
	{RR_COL_EVENT, "receipt_type", 1},
	/* an order's state (WooCommerce's Order Status, Shopify's Financial Status); not
	 * fulfilment or shipping statuses, which say nothing of whether it was bought */
	{RR_COL_STATUS, "order_status", 0}, {RR_COL_STATUS, "transaction_status", 0},
	/* MYOB's Sale Status, a sale's state (t64 F2) */
	{RR_COL_STATUS, "sale_status", 0}, {RR_COL_STATUS, "sales_status", 0},
	{RR_COL_STATUS, "payment_status", 0}, {RR_COL_STATUS, "financial_status", 0},
	{RR_COL_STATUS, "bestellstatus", 0}, {RR_COL_STATUS, "auftragsstatus", 0},
	{RR_COL_STATUS, "bestelstatus", 0}, {RR_COL_STATUS, "statut_commande", 0},
	{RR_COL_STATUS, "statut_de_la_commande", 0}, {RR_COL_STATUS, "estado_del_pedido", 0},
	{RR_COL_STATUS, "estado_de_la_orden", 0}, {RR_COL_STATUS, "estado_do_pedido", 0},
	{RR_COL_STATUS, "status_do_pedido", 0}, {RR_COL_STATUS, "situacao_do_pedido", 0},
	{RR_COL_STATUS, "situa\xC3\xA7\xC3\xA3o_do_pedido", 0},
	{RR_COL_STATUS, "stato_ordine", 0}, {RR_COL_STATUS, "stato_dell_ordine", 0},
	{RR_COL_STATUS, "status_zamowienia", 0}, {RR_COL_STATUS, "status_zam\xC3\xB3wienia", 0},
	{RR_COL_STATUS, "siparis_durumu", 0}, {RR_COL_STATUS, "sipari\xC5\x9F_durumu", 0},
	{RR_COL_STATUS, "siparis_statusu", 0},
	{RR_COL_STATUS, "sipari\xC5\x9F_stat\xC3\xBCs\xC3\xBC", 0},
	{RR_COL_STATUS, "status", 1},
	/* PrestaShop's own field, an order's state by name (t64 F13; its number, an id, reads
	 * as no status, and status_ids_warn says so) */
	{RR_COL_STATUS, "current_state", 1},
	/* Shopware's order state, stateMachineState.technicalName its dotted key (t77 F19) */
	{RR_COL_STATUS, "state_machine_state", 1},
	/* French: PrestaShop's order list names it \xC3\x89tat */
	{RR_COL_STATUS, "etat", 1}, {RR_COL_STATUS, "\xC3\xA9tat", 1},
	{RR_COL_STATUS, "\xC3\x89tat", 1},
	/* the bare word in the other languages relrec reads (t39 #3: Holded's Estado, Bling's
	 * Situação, Sellsy's Statut, CFDI's Estatus were unused, their cancelled invoices kept) */
	{RR_COL_STATUS, "estado", 1}, {RR_COL_STATUS, "estatus", 1},
	{RR_COL_STATUS, "situa\xC3\xA7\xC3\xA3o", 1}, {RR_COL_STATUS, "situacao", 1},
	{RR_COL_STATUS, "situaci\xC3\xB3n", 1}, {RR_COL_STATUS, "situacion", 1},
	{RR_COL_STATUS, "stato", 1}, {RR_COL_STATUS, "statut", 1}, {RR_COL_STATUS, "tila", 1},
	{RR_COL_STATUS, "durum", 1}, {RR_COL_STATUS, "tr\xE1\xBA\xA1ng_th\xC3\xA1i", 1},
	{RR_COL_STATUS, "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x83\xD1\x81", 1},
	{RR_COL_STATUS, "\xD1\x81\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD1\x8F\xD0\xBD\xD0\xB8\xD0\xB5", 1},
	{RR_COL_STATUS, "\xE7\x8A\xB6\xE6\x80\x81", 1}, {RR_COL_STATUS, "\xE7\x8B\x80\xE6\x85\x8B", 1},
	{RR_COL_STATUS, "\xEC\x83\x81\xED\x83\x9C", 1},
	{RR_COL_STATUS, "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xA7\xD9\x84\xD8\xA9", 1},
	{RR_COL_STATUS, "\xD8\xAD\xD8\xA7\xD9\x84\xD8\xA9", 1},
	{RR_COL_STATUS, "\xE3\x82\xB9\xE3\x83\x86\xE3\x83\xBC\xE3\x82\xBF\xE3\x82\xB9", 1},
	{RR_COL_STATUS, "\xE7\x8A\xB6\xE6\x85\x8B", 1},
	/* Czech and Slovak (Pohoda's Stav), Greek, Hebrew, Thai, Hungarian (t42 F1, F8: a
	 * document type's file whose cancelled status went unread beside it) */
	{RR_COL_STATUS, "stav", 1},
	/* a CRM deal's stage (Salesforce's Opportunity Products report, its StageName; HubSpot's
	 * Deal Stage): Closed Won a sale, Closed Lost and the open stages none (t86 F3) */
	{RR_COL_STATUS, "stage", 1}, {RR_COL_STATUS, "stage_name", 1},
	{RR_COL_STATUS, "opportunity_stage", 1}, {RR_COL_STATUS, "deal_stage", 1},
	/* a till's mode (Eats365's Mode = Live or Training, t59 F1): bare, read only when one of
	 * its values is a status relrec knows (training, test: a practice check's) */
	{RR_COL_STATUS, "mode", 1}, {RR_COL_STATUS, "check_mode", 1},
	{RR_COL_STATUS, "order_mode", 1}, {RR_COL_STATUS, "receipt_mode", 1},
	{RR_COL_STATUS, "pos_mode", 1}, {RR_COL_STATUS, "modus", 1},
	{RR_COL_STATUS, "\xCE\xBA\xCE\xB1\xCF\x84\xCE\xAC\xCF\x83\xCF\x84\xCE\xB1\xCF\x83\xCE\xB7", 1},
	{RR_COL_STATUS, "\xD7\xA1\xD7\x98\xD7\x98\xD7\x95\xD7\xA1", 1},
	{RR_COL_STATUS, "\xE0\xB8\xAA\xE0\xB8\x96\xE0\xB8\xB2\xE0\xB8\x99\xE0\xB8\xB0", 1},
	{RR_COL_STATUS, "\xC3\xA1llapot", 1}, {RR_COL_STATUS, "allapot", 1},
	/* Estonian (Merit's, Directo's Staatus) and Persian (Hesabfa's وضعیت, its yeh also
	 * written as Arabic's) (t46 F15: unused, their cancelled orders kept) */
	{RR_COL_STATUS, "staatus", 1}, {RR_COL_STATUS, "\xD9\x88\xD8\xB6\xD8\xB9\xDB\x8C\xD8\xAA", 1},
	{RR_COL_STATUS, "\xD9\x88\xD8\xB6\xD8\xB9\xD9\x8A\xD8\xAA", 1},
	/* t80 F7: Hindi's \xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA5\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBF (unused: cancelled orders kept unsaid), Bengali's, Urdu's, Swahili's
	 * and Tamil's bare word */
	{RR_COL_STATUS, "\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA5\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBF", 1},
	{RR_COL_STATUS, "\xE0\xA4\x91\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA1\xE0\xA4\xB0_\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA5\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBF", 1},
	{RR_COL_STATUS, "\xE0\xA4\x91\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA1\xE0\xA4\xB0_\xE0\xA4\x95\xE0\xA5\x80_\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA5\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBF", 1},
	{RR_COL_STATUS, "\xE0\xA6\x85\xE0\xA6\xAC\xE0\xA6\xB8\xE0\xA7\x8D\xE0\xA6\xA5\xE0\xA6\xBE", 1},
	{RR_COL_STATUS, "\xD8\xAD\xD8\xA7\xD9\x84\xD8\xAA", 1}, {RR_COL_STATUS, "hali", 1},
	{RR_COL_STATUS, "\xE0\xAE\xA8\xE0\xAE\xBF\xE0\xAE\xB2\xE0\xAF\x88", 1},
	/* an order's status in those languages: Danish and Norwegian, Russian, Vietnamese,
	 * Korean, Chinese, Arabic, Finnish */
	{RR_COL_STATUS, "ordrestatus", 0},
	{RR_COL_STATUS, "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x83\xD1\x81_\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0", 0},
	{RR_COL_STATUS, "tr\xE1\xBA\xA1ng_th\xC3\xA1i_\xC4\x91\xC6\xA1n_h\xC3\xA0ng", 0},
	{RR_COL_STATUS, "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\x83\x81\xED\x83\x9C", 0},
	{RR_COL_STATUS, "\xE8\xAE\xA2\xE5\x8D\x95\xE7\x8A\xB6\xE6\x80\x81", 0},
	{RR_COL_STATUS, "\xE8\xA8\x82\xE5\x96\xAE\xE7\x8B\x80\xE6\x85\x8B", 0},
	{RR_COL_STATUS, "\xD8\xAD\xD8\xA7\xD9\x84\xD8\xA9_\xD8\xA7\xD9\x84\xD8\xB7\xD9\x84\xD8\xA8", 0},
	{RR_COL_STATUS, "tilauksen_tila", 0},
	{RR_COL_STATUS, "tellimuse_staatus", 0}, {RR_COL_STATUS, "\xD9\x88\xD8\xB6\xD8\xB9\xDB\x8C\xD8\xAA_\xD8\xB3\xD9\x81\xD8\xA7\xD8\xB1\xD8\xB4", 0},
	{RR_COL_STATUS, "invoice_status", 2}, {RR_COL_STATUS, "document_status", 2},
	/* a line's flag, true or false (Toast's Void?): below an order's status */
	{RR_COL_STATUS, "void", 2}, {RR_COL_STATUS, "voided", 2},
	{RR_COL_STATUS, "is_void", 2}, {RR_COL_STATUS, "is_voided", 2},
	{RR_COL_STATUS, "cancelled", 2}, {RR_COL_STATUS, "canceled", 2},
	{RR_COL_STATUS, "is_cancelled", 2},
	{RR_COL_STATUS, "is_canceled", 2},
	{RR_COL_STATUS, "deleted", 2}, {RR_COL_STATUS, "is_deleted", 2},
	{RR_COL_STATUS, "refunded", 2},
	{RR_COL_STATUS, "is_refunded", 2},
	{RR_COL_STATUS, "credit_memo", 2}, {RR_COL_STATUS, "is_credit_memo", 2},
	/* t80 F5: a returned line's flag in the languages relrec reads (\xD0\x92\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82, Retoure,
	 * \xE8\xBF\x94\xE5\x93\x81, \xEB\xB0\x98\xED\x92\x88\xEC\x97\xAC\xEB\xB6\x80, Devolu\xC3\xA7\xC3\xA3o, \xC4\xB0ade, \xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9, \xE6\x98\xAF\xE5\x90\xA6\xE9\x80\x80\xE8\xB4\xA7 were unused: returns
	 * read as purchases); ingest_return_flags reads them as returns */
	{RR_COL_STATUS, "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82", 2},
	{RR_COL_STATUS, "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x89\xD0\xB5\xD0\xBD", 2},
	{RR_COL_STATUS, "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x89\xD0\xB5\xD0\xBD\xD0\xBE", 2},
	{RR_COL_STATUS, "retoure", 2}, {RR_COL_STATUS, "retouren", 2},
	{RR_COL_STATUS, "retourniert", 2}, {RR_COL_STATUS, "retour", 2}, {RR_COL_STATUS, "retur", 2},
	{RR_COL_STATUS, "returnert", 2}, {RR_COL_STATUS, "returneret", 2},
	{RR_COL_STATUS, "\xE8\xBF\x94\xE5\x93\x81", 2},
	{RR_COL_STATUS, "\xE8\xBF\x94\xE5\x93\x81\xE3\x83\x95\xE3\x83\xA9\xE3\x82\xB0", 2},
	{RR_COL_STATUS, "\xE8\xBF\x94\xE5\x93\x81\xE5\x8C\xBA\xE5\x88\x86", 2},
	{RR_COL_STATUS, "\xEB\xB0\x98\xED\x92\x88", 2},
	{RR_COL_STATUS, "\xEB\xB0\x98\xED\x92\x88\xEC\x97\xAC\xEB\xB6\x80", 2},
	{RR_COL_STATUS, "devolu\xC3\xA7\xC3\xA3o", 2}, {RR_COL_STATUS, "devolucao", 2},
	{RR_COL_STATUS, "devolvido", 2}, {RR_COL_STATUS, "devoluci\xC3\xB3n", 2},
	{RR_COL_STATUS, "devolucion", 2}, {RR_COL_STATUS, "devuelto", 2},
	{RR_COL_STATUS, "\xE0\xB8\x84\xE0\xB8\xB7\xE0\xB8\x99\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x99\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2", 2},
	{RR_COL_STATUS, "iade", 2}, {RR_COL_STATUS, "iade_edildi", 2},
	{RR_COL_STATUS, "\xE6\x98\xAF\xE5\x90\xA6\xE9\x80\x80\xE8\xB4\xA7", 2},
	{RR_COL_STATUS, "\xE9\x80\x80\xE8\xB4\xA7", 2},
	{RR_COL_STATUS, "\xE9\x80\x80\xE8\xB2\xA8", 2},
	{RR_COL_STATUS, "\xE6\x98\xAF\xE5\x90\xA6\xE9\x80\x80\xE8\xB2\xA8", 2},
	{RR_COL_STATUS, "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9", 2},
	{RR_COL_STATUS, "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9\xD8\xA9", 2},
	{RR_COL_STATUS, "zwrot", 2}, {RR_COL_STATUS, "zwr\xC3\xB3" "cony", 2},
	{RR_COL_STATUS, "vr\xC3\xA1" "ceno", 2}, {RR_COL_STATUS, "vraceno", 2},
	{RR_COL_STATUS, "palautettu", 2},
	/* the same flags in the languages relrec reads (t39 #7: Fortnox's Makulerad, a German
	 * Storniert, Ja or Nej, were unused) */
	{RR_COL_STATUS, "makulerad", 2}, {RR_COL_STATUS, "makuleret", 2},
	{RR_COL_STATUS, "makulert", 2}, {RR_COL_STATUS, "annullert", 2},
	{RR_COL_STATUS, "annulleret", 2}, {RR_COL_STATUS, "annullerad", 2},
	{RR_COL_STATUS, "storniert", 2}, {RR_COL_STATUS, "annulliert", 2},
	{RR_COL_STATUS, "annul\xC3\xA9", 2}, {RR_COL_STATUS, "annule", 2},
	{RR_COL_STATUS, "anulado", 2}, {RR_COL_STATUS, "anulada", 2},
	/* Brazil's and Spain's cancelled (t44 #2: unread, a Cancelado = Sim line was a sale);
	 * in Latin-American accounting a 'factura cancelada' is a paid one (t41 N7), which the
	 * warning of a flag skipping over a third of its rows tells (status_share_warn) */
	{RR_COL_STATUS, "cancelado", 2}, {RR_COL_STATUS, "cancelada", 2},
	{RR_COL_STATUS, "annullato", 2}, {RR_COL_STATUS, "geannuleerd", 2},
	{RR_COL_STATUS, "peruttu", 2},
	/* t59 F1: a till's training mode and a platform's test order (Smaregi's Training Mode,
	 * KORONA's Trainingsmodus, ChannelAdvisor's Is Test Order), practice never sold
	 * (ingest_practice_flags); a void or deletion flag under other names (Oracle Simphony's
	 * Void Flag) and in other languages */
	{RR_COL_STATUS, "training", 2}, {RR_COL_STATUS, "training_mode", 2},
	{RR_COL_STATUS, "trainingmode", 2}, {RR_COL_STATUS, "is_training", 2},
	{RR_COL_STATUS, "training_flag", 2}, {RR_COL_STATUS, "training_transaction", 2},
	{RR_COL_STATUS, "training_check", 2}, {RR_COL_STATUS, "training_receipt", 2},
	{RR_COL_STATUS, "trainingsmodus", 2}, {RR_COL_STATUS, "schulungsmodus", 2},
	{RR_COL_STATUS, "mode_formation", 2}, {RR_COL_STATUS, "mode_entrainement", 2},
	{RR_COL_STATUS, "modo_entrenamiento", 2}, {RR_COL_STATUS, "modo_de_entrenamiento", 2},
	{RR_COL_STATUS, "modo_treinamento", 2}, {RR_COL_STATUS, "modo_de_treinamento", 2},
	{RR_COL_STATUS, "modalita_training", 2}, {RR_COL_STATUS, "oefenmodus", 2},
	{RR_COL_STATUS, "harjoitustila", 2}, {RR_COL_STATUS, "tryb_szkoleniowy", 2},
	{RR_COL_STATUS, "\xD1\x82\xD1\x80\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x87\xD0\xBD\xD1\x8B\xD0\xB9_\xD1\x80\xD0\xB5\xD0\xB6\xD0\xB8\xD0\xBC", 2},
	{RR_COL_STATUS, "\xD1\x80\xD0\xB5\xD0\xB6\xD0\xB8\xD0\xBC_\xD0\xBE\xD0\xB1\xD1\x83\xD1\x87\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F", 2},
	{RR_COL_STATUS, "\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x83\x8B\xE3\x83\xB3\xE3\x82\xB0", 2},
	{RR_COL_STATUS, "\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x83\x8B\xE3\x83\xB3\xE3\x82\xB0\xE3\x83\xA2\xE3\x83\xBC\xE3\x83\x89", 2},
	{RR_COL_STATUS, "\xE7\xB7\xB4\xE7\xBF\x92\xE3\x83\xA2\xE3\x83\xBC\xE3\x83\x89", 2},
	{RR_COL_STATUS, "\xE8\xAE\xAD\xE7\xBB\x83\xE6\xA8\xA1\xE5\xBC\x8F", 2},
	{RR_COL_STATUS, "\xE8\xA8\x93\xE7\xB7\xB4\xE6\xA8\xA1\xE5\xBC\x8F", 2},
	{RR_COL_STATUS, "\xE5\x9F\xB9\xE8\xAE\xAD\xE6\xA8\xA1\xE5\xBC\x8F", 2},
	{RR_COL_STATUS, "is_test", 2}, {RR_COL_STATUS, "test_order", 2},
	{RR_COL_STATUS, "is_test_order", 2}, {RR_COL_STATUS, "test_flag", 2},
	{RR_COL_STATUS, "test_mode", 2}, {RR_COL_STATUS, "testmodus", 2},
	{RR_COL_STATUS, "test_transaction", 2}, {RR_COL_STATUS, "testbestellung", 2},
	{RR_COL_STATUS, "pedido_de_prueba", 2}, {RR_COL_STATUS, "pedido_teste", 2},
	{RR_COL_STATUS, "ordine_di_prova", 2},
	{RR_COL_STATUS, "\xD1\x82\xD0\xB5\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9_\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7", 2},
	{RR_COL_STATUS, "\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88", 2},
	{RR_COL_STATUS, "\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88\xE6\xB3\xA8\xE6\x96\x87", 2},
	{RR_COL_STATUS, "\xE6\xB5\x8B\xE8\xAF\x95\xE8\xAE\xA2\xE5\x8D\x95", 2},
	{RR_COL_STATUS, "\xE6\xB8\xAC\xE8\xA9\xA6\xE8\xA8\x82\xE5\x96\xAE", 2},
	{RR_COL_STATUS, "void_flag", 2}, {RR_COL_STATUS, "voidflag", 2},
	{RR_COL_STATUS, "void_indicator", 2}, {RR_COL_STATUS, "void_ind", 2},
	{RR_COL_STATUS, "voided_flag", 2}, {RR_COL_STATUS, "deleted_flag", 2},
	{RR_COL_STATUS, "delete_flag", 2}, {RR_COL_STATUS, "deletion_flag", 2},
	{RR_COL_STATUS, "del_flag", 2}, {RR_COL_STATUS, "cancel_flag", 2},
	{RR_COL_STATUS, "cancelled_flag", 2}, {RR_COL_STATUS, "canceled_flag", 2},
	{RR_COL_STATUS, "stornokennzeichen", 2}, {RR_COL_STATUS, "storno_kennzeichen", 2},
	{RR_COL_STATUS, "storno_flag", 2}, {RR_COL_STATUS, "gel\xC3\xB6scht", 2},
	{RR_COL_STATUS, "geloescht", 2}, {RR_COL_STATUS, "supprim\xC3\xA9", 2},
	{RR_COL_STATUS, "supprime", 2}, {RR_COL_STATUS, "eliminado", 2},
	{RR_COL_STATUS, "excluido", 2}, {RR_COL_STATUS, "cancellato", 2},
	{RR_COL_STATUS, "verwijderd", 2}, {RR_COL_STATUS, "usuni\xC4\x99ty", 2},
	{RR_COL_STATUS, "usuniety", 2}, {RR_COL_STATUS, "silindi", 2},
	{RR_COL_STATUS, "\xD1\x83\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBD", 2},
	{RR_COL_STATUS, "\xD1\x83\xD0\xB4\xD0\xB0\xD0\xBB\xD1\x91\xD0\xBD", 2},
	{RR_COL_STATUS, "\xD1\x83\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE", 2},
	{RR_COL_STATUS, "\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x83\xD0\xBB\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD", 2},
	{RR_COL_STATUS, "\xE4\xBD\x9C\xE5\xBA\x9F", 2},
	{RR_COL_STATUS, "\xE5\xB7\xB2\xE4\xBD\x9C\xE5\xBA\x9F", 2},
	{RR_COL_STATUS, "\xE4\xBD\x9C\xE5\xBB\xA2", 2},
	{RR_COL_STATUS, "\xE5\xB7\xB2\xE5\x88\xA0\xE9\x99\xA4", 2},
	{RR_COL_STATUS, "\xE5\x89\x8A\xE9\x99\xA4\xE3\x83\x95\xE3\x83\xA9\xE3\x82\xB0", 2},
	{RR_COL_STATUS, "\xE5\x8F\x96\xE6\xB6\x88\xE3\x83\x95\xE3\x83\xA9\xE3\x82\xB0", 2},
	/* t80 F6: a cancelled line's flag in Russian, Japanese, Korean, Chinese, Turkish, Arabic,
	 * and their neighbours (\xD0\x9E\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB5\xD0\xBD, \xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB, \xE5\x8F\x96\xE6\xB6\x88, \xEC\xB7\xA8\xEC\x86\x8C\xEC\x97\xAC\xEB\xB6\x80, \xE6\x98\xAF\xE5\x90\xA6\xE5\x8F\x96\xE6\xB6\x88, \xC4\xB0ptal,
	 * \xD9\x85\xD9\x84\xD8\xBA\xD9\x8A were unused: cancelled lines read as purchases) */
	{RR_COL_STATUS, "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB5\xD0\xBD", 2},
	{RR_COL_STATUS, "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x91\xD0\xBD", 2},
	{RR_COL_STATUS, "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xBE", 2},
	{RR_COL_STATUS, "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB0", 2},
	{RR_COL_STATUS, "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB", 2},
	{RR_COL_STATUS, "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB\xE3\x83\x95\xE3\x83\xA9\xE3\x82\xB0", 2},
	{RR_COL_STATUS, "\xE5\x8F\x96\xE6\xB6\x88", 2},
	{RR_COL_STATUS, "\xEC\xB7\xA8\xEC\x86\x8C", 2},
	{RR_COL_STATUS, "\xEC\xB7\xA8\xEC\x86\x8C\xEC\x97\xAC\xEB\xB6\x80", 2},
	{RR_COL_STATUS, "\xE6\x98\xAF\xE5\x90\xA6\xE5\x8F\x96\xE6\xB6\x88", 2},
	{RR_COL_STATUS, "\xE5\xB7\xB2\xE5\x8F\x96\xE6\xB6\x88", 2}, {RR_COL_STATUS, "iptal", 2},
	{RR_COL_STATUS, "iptal_edildi", 2}, {RR_COL_STATUS, "\xD9\x85\xD9\x84\xD8\xBA\xD9\x8A", 2},
	{RR_COL_STATUS, "\xD9\x85\xD9\x84\xD8\xBA\xD9\x89", 2},
	{RR_COL_STATUS, "\xD9\x85\xD9\x84\xD8\xBA\xD8\xA7\xD8\xA9", 2},
	{RR_COL_STATUS, "dibatalkan", 2}, {RR_COL_STATUS, "batal", 2},
	{RR_COL_STATUS, "\xC4\x91\xC3\xA3_h\xE1\xBB\xA7y", 2}, {RR_COL_STATUS, "h\xE1\xBB\xA7y", 2},
	{RR_COL_STATUS, "\xE0\xB8\xA2\xE0\xB8\x81\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\xB4\xE0\xB8\x81", 2},
	{RR_COL_STATUS, "anulowane", 2}, {RR_COL_STATUS, "anulowany", 2},
	{RR_COL_STATUS, "zru\xC5\xA1" "eno", 2}, {RR_COL_STATUS, "zruseno", 2},
	{RR_COL_STATUS, "storno", 2},
	{RR_COL_STATUS, "\xE0\xA4\xB0\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xA6", 2},
	{RR_COL_STATUS, "\xD9\x84\xD8\xBA\xD9\x88_\xD8\xB4\xD8\xAF\xD9\x87", 2},
	/* a cancellation's date, blank while the order stands (a database's or an ORM's
	 * cancelled_at, Shopify's Cancelled at; t42 F3: unused, cancelled orders kept): the
	 * loader reads a date there as a void flag's true (stamp_name) */
	{RR_COL_STATUS, "cancelled_at", 2}, {RR_COL_STATUS, "canceled_at", 2},
	{RR_COL_STATUS, "cancelled_on", 2}, {RR_COL_STATUS, "canceled_on", 2},
	{RR_COL_STATUS, "cancellation_date", 2}, {RR_COL_STATUS, "cancelled_date", 2},
	{RR_COL_STATUS, "canceled_date", 2}, {RR_COL_STATUS, "cancel_date", 2},
	{RR_COL_STATUS, "date_cancelled", 2}, {RR_COL_STATUS, "voided_at", 2},
	{RR_COL_STATUS, "storniert_am", 2}, {RR_COL_STATUS, "stornodatum", 2},
	{RR_COL_STATUS, "annul\xC3\xA9_le", 2}, {RR_COL_STATUS, "annule_le", 2},
	{RR_COL_STATUS, "date_d'annulation", 2}, {RR_COL_STATUS, "date_annulation", 2},
	{RR_COL_STATUS, "annullato_il", 2}, {RR_COL_STATUS, "geannuleerd_op", 2},
	/* German, French, Spanish, Italian, Dutch and Portuguese exports (accents as written and
	 * without them; ambiguous money words such as Betrag or montant are left out, as amount
	 * is in English) */
	{RR_COL_INVOICE, "rechnung", 0}, {RR_COL_INVOICE, "rechnungsnummer", 0},
	{RR_COL_INVOICE, "rechnungsnr", 0}, {RR_COL_INVOICE, "beleg", 0},
	{RR_COL_INVOICE, "belegnummer", 0}, {RR_COL_INVOICE, "belegnr", 0},
	{RR_COL_INVOICE, "bestellung", 0}, {RR_COL_INVOICE, "bestellnummer", 0},
	{RR_COL_INVOICE, "bestellnr", 0},
	{RR_COL_INVOICE, "auftragsnummer", 0}, {RR_COL_INVOICE, "bonnummer", 0},
	/* a till's receipt itself (t79 F22): Kassenbon, Quittung; bare Bon a fallback (a
	 * voucher's word too) */
	{RR_COL_INVOICE, "kassenbon", 0}, {RR_COL_INVOICE, "quittung", 0},
	{RR_COL_INVOICE, "bon", 1},
	/* its family (t79 F22's Bon, Kvitto and Russian Dokument): the till's receipt in Danish,
	 * Norwegian, Dutch, Polish, Italian, Portuguese and Russian (Chek); Portugal's Tal\xC3\xA3o
	 * and Russia's Kvitantsiya fallbacks (a payment's slip too); the bare document (Dokument,
	 * in Cyrillic too) a fallback, not of the last level, an event log's session's, whose
	 * lines never take an order's customer from the line above (t79_longname's); never Cupom:
	 * Brazil's receipt, elsewhere a coupon */
	{RR_COL_INVOICE, "kvittering", 0}, {RR_COL_INVOICE, "kvitteringsnummer", 0},
	{RR_COL_INVOICE, "kvitteringsnr", 0}, {RR_COL_INVOICE, "kassabon", 0},
	{RR_COL_INVOICE, "paragon", 0}, {RR_COL_INVOICE, "scontrino", 0},
	{RR_COL_INVOICE, "numero_scontrino", 0}, {RR_COL_INVOICE, "n_scontrino", 0},
	{RR_COL_INVOICE, "tal\xC3\xA3o", 1}, {RR_COL_INVOICE, "talao", 1},
	{RR_COL_INVOICE, "\xD1\x87\xD0\xB5\xD0\xBA", 0},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD1\x87\xD0\xB5\xD0\xBA\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xE2\x84\x96_\xD1\x87\xD0\xB5\xD0\xBA\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xD1\x87\xD0\xB5\xD0\xBA_\xE2\x84\x96", 0},
	{RR_COL_INVOICE, "\xD0\xBA\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB0\xD0\xBD\xD1\x86\xD0\xB8\xD1\x8F", 1},
	{RR_COL_INVOICE, "\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82", 1},
	{RR_COL_INVOICE, "dokument", 1},
	{RR_COL_INVOICE, "facture", 0}, {RR_COL_INVOICE, "numero_facture", 0},
	{RR_COL_INVOICE, "commande", 0}, {RR_COL_INVOICE, "numero_commande", 0},
	{RR_COL_INVOICE, "factura", 0}, {RR_COL_INVOICE, "numero_factura", 0},
	{RR_COL_INVOICE, "pedido", 0}, {RR_COL_INVOICE, "fattura", 0},
	{RR_COL_INVOICE, "numero_fattura", 0}, {RR_COL_INVOICE, "ordine", 0},
	{RR_COL_INVOICE, "factuur", 0}, {RR_COL_INVOICE, "factuurnummer", 0},
	{RR_COL_INVOICE, "bestelling", 0}, {RR_COL_INVOICE, "fatura", 0},
	{RR_COL_INVOICE, "num\xC3\xA9ro_facture", 0}, {RR_COL_INVOICE, "num\xC3\xA9ro_commande", 0},
	{RR_COL_INVOICE, "n\xC3\xBAmero_factura", 0}, {RR_COL_INVOICE, "numero_de_commande", 0},
	{RR_COL_INVOICE, "num\xC3\xA9ro_de_commande", 0},
	{RR_COL_INVOICE, "n\xC2\xB0_de_commande", 0}, {RR_COL_INVOICE, "n\xC2\xB0_commande", 0},
	/* Nuvemshop's N\xC3\xBAmero do Pedido (t35 F2); Trendyol's Sipari\xC5\x9F Numaras\xC4\xB1 (F16) */
	{RR_COL_INVOICE, "n\xC3\xBAmero_do_pedido", 0}, {RR_COL_INVOICE, "numero_do_pedido", 0},
	{RR_COL_INVOICE, "sipari\xC5\x9F_numaras\xC4\xB1", 0},
	{RR_COL_INVOICE, "siparis_numarasi", 0},
	{RR_COL_ITEM, "artikel", 1}, {RR_COL_ITEM, "artikelnummer", 0},
	/* Billbee's Artikel-SKU beside its Artikelname; Lightspeed's fr-CA UGS (unit\xC3\xA9 de
	 * gestion des stocks, the SKU; t42 F10) */
	{RR_COL_ITEM, "artikel_sku", 0}, {RR_COL_ITEM, "ugs", 0},
	{RR_COL_ITEM, "artikelnr", 0}, {RR_COL_ITEM, "produkt", 1},
	/* a DOS till's and an ERP's short forms in capitals: ARTNR, ART-NR, ArtNr. (t56 F18c:
	 * ARTNR not used, the item read from the description) */
	{RR_COL_ITEM, "artnr", 0},
	/* French: R\xC3\xA9f. article, R\xC3\xA9f\xC3\xA9rence article, N\xC2\xB0 article (t56 F18d) */
	{RR_COL_ITEM, "r\xC3\xA9" "f_article", 0}, {RR_COL_ITEM, "ref_article", 0},
	{RR_COL_ITEM, "r\xC3\xA9" "f\xC3\xA9" "rence_article", 0}, {RR_COL_ITEM, "reference_article", 0},
	{RR_COL_ITEM, "n\xC2\xB0_article", 0},
	{RR_COL_ITEM, "produktnummer", 0}, {RR_COL_ITEM, "code_article", 0},
	{RR_COL_ITEM, "produit", 1}, {RR_COL_ITEM, "code_produit", 0},
	{RR_COL_ITEM, "articulo", 1}, {RR_COL_ITEM, "art\xC3\xAD" "culo", 1},
	{RR_COL_ITEM, "producto", 1}, {RR_COL_ITEM, "articolo", 1},
	{RR_COL_ITEM, "codice_articolo", 0}, {RR_COL_ITEM, "prodotto", 1},
	{RR_COL_ITEM, "produto", 1}, {RR_COL_ITEM, "artigo", 1} /* Portuguese (t79 F22) */,
	{RR_COL_INVOICE, "nota", 1} /* a nota fiscal's number (t79 F22) */,
	/* and its electronic one's, Omie's N\xC2\xBA NF-e (t80 F18: offered as the customer) */
	{RR_COL_INVOICE, "n\xC2\xBA_nf-e", 0}, {RR_COL_INVOICE, "n\xC2\xB0_nf-e", 0},
	{RR_COL_INVOICE, "nf-e", 1}, {RR_COL_INVOICE, "numero_nf-e", 0},
	{RR_COL_INVOICE, "n\xC3\xBAmero_nf-e", 0}, {RR_COL_INVOICE, "numero_da_nota", 0},
	{RR_COL_INVOICE, "n\xC3\xBAmero_da_nota", 0}, {RR_COL_INVOICE, "nota_fiscal", 0},
	{RR_COL_DESC, "bezeichnung", 0}, {RR_COL_DESC, "artikelbezeichnung", 0},
	{RR_COL_DESC, "artikelname", 0},
	{RR_COL_DESC, "artikeltext", 0} /* a German till's article text (t83 F10) */,
	{RR_COL_DESC, "beschreibung", 0}, {RR_COL_DESC, "d\xC3\xA9signation", 0},
	{RR_COL_DESC, "designation", 0}, {RR_COL_DESC, "libell\xC3\xA9", 0},
	{RR_COL_DESC, "libelle", 0}, {RR_COL_DESC, "descripci\xC3\xB3n", 0},
	{RR_COL_DESC, "descripcion", 0}, {RR_COL_DESC, "descrizione", 0},
	{RR_COL_DESC, "omschrijving", 0}, {RR_COL_DESC, "descri\xC3\xA7\xC3\xA3o", 0},
	{RR_COL_DESC, "descricao", 0},
	/* SAP Business One's label of its Dscription (t35 F16) */
	{RR_COL_DESC, "item/service_description", 0},
	{RR_COL_QTY, "menge", 0}, {RR_COL_QTY, "anzahl", 0}, {RR_COL_QTY, "st\xC3\xBC" "ck", 0},
	{RR_COL_QTY, "stueck", 0}, {RR_COL_QTY, "quantit\xC3\xA9", 0},
	{RR_COL_QTY, "quantite", 0}, {RR_COL_QTY, "qt\xC3\xA9", 0}, {RR_COL_QTY, "qte", 0},
	{RR_COL_QTY, "cantidad", 0}, {RR_COL_QTY, "quantit\xC3\xA0", 0},
	{RR_COL_QTY, "quantita", 0}, {RR_COL_QTY, "aantal", 0}, {RR_COL_QTY, "quantidade", 0},
	{RR_COL_QTY, "quantidade_comprada", 0} /* Nuvemshop */, {RR_COL_QTY, "adet", 0} /* Trendyol */,
	/* S/4HANA's Fiori labels of a billing item's FKIMG and NETWR, German and English (t67 F18:
	 * read as the SE16 names are) */
	{RR_COL_QTY, "fakturierte_menge", 0}, {RR_COL_QTY, "billed_quantity", 0},
	{RR_COL_AMOUNT, "nettowert", 0}, {RR_COL_AMOUNT, "net_value", 0},
	{RR_COL_DATE, "datum", 0}, {RR_COL_DATE, "rechnungsdatum", 0},
	{RR_COL_DATE, "belegdatum", 0}, {RR_COL_DATE, "bestelldatum", 0},
	{RR_COL_DATE, "date_facture", 0}, {RR_COL_DATE, "date_commande", 0},
	/* Dolibarr's invoice lines (t46 F9: the item became the description, the price and
	 * the invoice unread) */
	{RR_COL_DATE, "date_facturation", 0}, {RR_COL_DATE, "date_de_facturation", 0},
	{RR_COL_ITEM, "ref_produit", 0}, {RR_COL_ITEM, "r\xC3\xA9" "f_produit", 0},
	/* ManoMano's R\xC3\xA9f\xC3\xA9rence client and R\xC3\xA9f\xC3\xA9rence produit, and
	 * their short forms (t56 F18d: no customer, and the description read as the item) */
	{RR_COL_ITEM, "r\xC3\xA9" "f\xC3\xA9" "rence_produit", 0}, {RR_COL_ITEM, "reference_produit", 0},
	{RR_COL_USER, "r\xC3\xA9" "f\xC3\xA9" "rence_client", 0}, {RR_COL_USER, "reference_client", 0},
	{RR_COL_USER, "r\xC3\xA9" "f_client", 0}, {RR_COL_USER, "ref_client", 0},
	{RR_COL_INVOICE, "ref_facture", 0}, {RR_COL_INVOICE, "r\xC3\xA9" "f_facture", 0},
	/* French's P.U., prix unitaire, as Dolibarr and EBP abbreviate it: PU HT and PU TTC are
	 * it with a tax remark (tax_remarks), the net one first (t64 F1: the TTC one was read) */
	{RR_COL_PRICE, "pu", 0},
	{RR_COL_DATE, "date_de_commande", 0}, {RR_COL_DATE, "date_de_la_commande", 0},
	{RR_COL_DATE, "fecha", 0}, {RR_COL_DATE, "fecha_factura", 0},
	{RR_COL_DATE, "fecha_pedido", 0}, {RR_COL_DATE, "data_fattura", 0},
	{RR_COL_DATE, "data_pedido", 0}, {RR_COL_DATE, "factuurdatum", 0},
	/* Magalu's Data do pedido and CPF do cliente, the buyer's tax number (t56 F18e) */
	{RR_COL_DATE, "data_do_pedido", 0}, {RR_COL_USER, "cpf_do_cliente", 0},
	{RR_COL_USER, "cpf_cliente", 0},
	{RR_COL_DATE, "sipari\xC5\x9F_tarihi", 0}, {RR_COL_DATE, "siparis_tarihi", 0},
	{RR_COL_DATE, "data", 1},
	/* the posting date (posting_date), below an invoice's or order's own date */
	{RR_COL_DATE, "buchungsdatum", 1},
	{RR_COL_PRICE, "preis", 0}, {RR_COL_PRICE, "einzelpreis", 0},
	/* the price per piece of German invoices and sheets, written whole, abbreviated or per
	 * Stück after a slash (t67 F19: Stückpreis had no price) */
	{RR_COL_PRICE, "st\xC3\xBC" "ckpreis", 0}, {RR_COL_PRICE, "stueckpreis", 0},
	{RR_COL_PRICE, "stk_preis", 0}, {RR_COL_PRICE, "preis/stk", 0},
	{RR_COL_PRICE, "preis_pro_stk", 0}, {RR_COL_PRICE, "preis/st\xC3\xBC" "ck", 0},
	{RR_COL_PRICE, "preis_pro_st\xC3\xBC" "ck", 0}, {RR_COL_PRICE, "preis_je_st\xC3\xBC" "ck", 0},
	{RR_COL_PRICE, "einzelpreis/st\xC3\xBC" "ck", 0}, {RR_COL_PRICE, "einzelpreis/stk", 0},
	{RR_COL_PRICE, "verkaufspreis", 0}, {RR_COL_PRICE, "prix", 0},
	/* net before gross, as a German export writes both (JTL-Wawi, sevDesk) */
	{RR_COL_PRICE, "einzelpreis_netto", 1}, {RR_COL_PRICE, "vk_preis_netto", 1},
	{RR_COL_PRICE, "vk_preis", 1}, {RR_COL_PRICE, "einzelpreis_brutto", 2},
	{RR_COL_PRICE, "vk_preis_brutto", 2},
	/* VK netto, VK brutto: the Verkauf's price without the word Preis (t64 F13) */
	{RR_COL_PRICE, "vk_netto", 1}, {RR_COL_PRICE, "vk_brutto", 2},
	{RR_COL_PRICE, "prix_unitaire", 0}, {RR_COL_PRICE, "precio", 0},
	/* a sale price beside a purchase price (Prix d'achat, Precio de coste: t64 F13) */
	{RR_COL_PRICE, "prix_de_vente", 0}, {RR_COL_PRICE, "precio_de_venta", 0},
	{RR_COL_PRICE, "prezzo_di_vendita", 0}, {RR_COL_PRICE, "pre\xC3\xA7o_de_venda", 0},
	{RR_COL_PRICE, "preco_de_venda", 0},
	{RR_COL_PRICE, "precio_unitario", 0}, {RR_COL_PRICE, "prezzo", 0},
	{RR_COL_PRICE, "prezzo_unitario", 0}, {RR_COL_PRICE, "prijs", 0},
	{RR_COL_PRICE, "stukprijs", 0}, {RR_COL_PRICE, "pre\xC3\xA7o", 0},
	{RR_COL_PRICE, "preco", 0}, {RR_COL_PRICE, "pre\xC3\xA7o_unit\xC3\xA1rio", 0},
	{RR_COL_PRICE, "preco_unitario", 0},
	{RR_COL_PRICE, "valor_do_produto", 0} /* Nuvemshop */,
	{RR_COL_PRICE, "birim_fiyat\xC4\xB1", 0}, {RR_COL_PRICE, "birim_fiyati", 0} /* Trendyol */,
	{RR_COL_AMOUNT, "gesamtpreis", 0}, {RR_COL_AMOUNT, "prix_total", 0},
	{RR_COL_AMOUNT, "precio_total", 0}, {RR_COL_AMOUNT, "prezzo_totale", 0},
	{RR_COL_AMOUNT, "totaalprijs", 0}, {RR_COL_AMOUNT, "preco_total", 0},
	{RR_COL_USER, "kunde", 0}, {RR_COL_USER, "kundennummer", 0}, {RR_COL_USER, "kundennr", 0},
	{RR_COL_USER, "kunden_id", 0}, {RR_COL_USER, "kdnr", 0} /* KDNR, KD-NR (t56 F18c) */,
	{RR_COL_USER, "n\xC2\xB0_client", 0} /* N\xC2\xB0 client (t56 F18d) */,
	/* German accounting's customer is a Debitor: SAP FI's Debitor, DATEV's Debitorennummer
	 * and Debitorenkonto, Dynamics NAV/BC's Verk. an Deb.-Nr. (sell_to_customer_no) and its
	 * bill-to Rech. an Deb.-Nr. (a fallback, as bill_to_customer_no) */
	{RR_COL_USER, "debitor", 0}, {RR_COL_USER, "debitornummer", 0},
	{RR_COL_USER, "debitorennummer", 0}, {RR_COL_USER, "debitorennr", 0},
	{RR_COL_USER, "debitorenkonto", 0}, {RR_COL_USER, "deb_nr", 0},
	{RR_COL_USER, "verk_an_deb_nr", 0}, {RR_COL_USER, "rech_an_deb_nr", 1},
	{RR_COL_USER, "code_client", 0},
	{RR_COL_USER, "numero_client", 0}, {RR_COL_USER, "cliente", 0},
	{RR_COL_USER, "id_cliente", 0}, {RR_COL_USER, "codigo_cliente", 0},
	{RR_COL_USER, "c\xC3\xB3" "digo_cliente", 0}, {RR_COL_USER, "num\xC3\xA9ro_client", 0},
	/* Omie's and Conta Azul's Código do Cliente (t80 F18: refused, the refusal
	 * offering the invoice number Nº NF-e as the customer) */
	{RR_COL_USER, "codigo_do_cliente", 0}, {RR_COL_USER, "c\xC3\xB3" "digo_do_cliente", 0},
	{RR_COL_USER, "codice_cliente", 0}, {RR_COL_USER, "klant", 0},
	{RR_COL_USER, "klantnummer", 0}, {RR_COL_USER, "klant_id", 0},
	{RR_COL_COUNTRY, "land", 0}, {RR_COL_COUNTRY, "pays", 0},
	{RR_COL_COUNTRY, "pa\xC3\xADs", 0}, {RR_COL_COUNTRY, "pais", 0},
	{RR_COL_COUNTRY, "paese", 0},
	/* Dutch names of a web shop's order export */
	{RR_COL_INVOICE, "bestelnummer", 0}, {RR_COL_DATE, "besteldatum", 0},
	/* Swedish, Danish, Norwegian and Finnish exports */
	{RR_COL_INVOICE, "ordernummer", 0}, {RR_COL_INVOICE, "ordrenummer", 0},
	{RR_COL_INVOICE, "fakturanummer", 0}, {RR_COL_INVOICE, "kvittonummer", 0},
	{RR_COL_INVOICE, "kvitto", 0} /* Swedish receipt (t79 F22) */,
	{RR_COL_INVOICE, "tilausnumero", 0}, {RR_COL_INVOICE, "laskunumero", 0},
	{RR_COL_USER, "kund", 0}, {RR_COL_USER, "kundnummer", 0},
	{RR_COL_USER, "kundenummer", 0}, {RR_COL_USER, "asiakas", 0},
	{RR_COL_USER, "asiakasnumero", 0},
	{RR_COL_ITEM, "varenummer", 0}, {RR_COL_ITEM, "varenr", 0}, {RR_COL_ITEM, "tuote", 1},
	{RR_COL_ITEM, "tuotenumero", 0}, {RR_COL_ITEM, "tuotekoodi", 0},
	{RR_COL_DESC, "ben\xC3\xA4mning", 0}, {RR_COL_DESC, "benamning", 0},
	{RR_COL_DESC, "beskrivning", 0}, {RR_COL_DESC, "beskrivelse", 0},
	{RR_COL_DESC, "varenavn", 0}, {RR_COL_DESC, "kuvaus", 0}, {RR_COL_DESC, "tuotenimi", 0},
	{RR_COL_QTY, "antal", 0}, {RR_COL_QTY, "antall", 0},
	{RR_COL_QTY, "m\xC3\xA4\xC3\xA4r\xC3\xA4", 0}, {RR_COL_QTY, "maara", 0},
	{RR_COL_PRICE, "pris", 0}, {RR_COL_PRICE, "styckpris", 0},
	{RR_COL_PRICE, "enhetspris", 0}, {RR_COL_PRICE, "enhedspris", 0},
	{RR_COL_PRICE, "hinta", 0}, {RR_COL_PRICE, "yksikk\xC3\xB6hinta", 0},
	{RR_COL_PRICE, "yksikkohinta", 0},
	{RR_COL_DATE, "orderdatum", 0}, {RR_COL_DATE, "dato", 0}, {RR_COL_DATE, "ordredato", 0},
	{RR_COL_DATE, "p\xC3\xA4iv\xC3\xA4m\xC3\xA4\xC3\xA4r\xC3\xA4", 0},
	{RR_COL_DATE, "paivamaara", 0},
	{RR_COL_DATE, "tilausp\xC3\xA4iv\xC3\xA4", 0}, {RR_COL_DATE, "tilauspaiva", 0},
	/* Shopify's order export in German, French, Spanish, Italian and Dutch: its Lineitem
	 * columns, Created at and Financial Status (the order's Name: export_roles) */
	{RR_COL_ITEM, "artikelposition_sku", 0}, {RR_COL_ITEM, "sku_de_l'article", 0},
	{RR_COL_ITEM, "sku_del_art\xC3\xAD" "culo", 0}, {RR_COL_ITEM, "sku_del_articulo", 0},
	{RR_COL_ITEM, "sku_articolo", 0}, {RR_COL_ITEM, "sku_artikel", 0},
	{RR_COL_DESC, "artikelposition_name", 0}, {RR_COL_DESC, "nom_de_l'article", 0},
	{RR_COL_DESC, "nombre_del_art\xC3\xAD" "culo", 0},
	{RR_COL_DESC, "nombre_del_articulo", 0}, {RR_COL_DESC, "nome_articolo", 0},
	{RR_COL_DESC, "naam_artikel", 0},
	{RR_COL_QTY, "artikelposition_menge", 0},
	{RR_COL_QTY, "quantit\xC3\xA9_de_l'article", 0},
	{RR_COL_QTY, "quantite_de_l'article", 0},
	{RR_COL_QTY, "cantidad_del_art\xC3\xAD" "culo", 0},
	{RR_COL_QTY, "cantidad_del_articulo", 0}, {RR_COL_QTY, "quantit\xC3\xA0_articolo", 0},
	{RR_COL_QTY, "quantita_articolo", 0}, {RR_COL_QTY, "hoeveelheid_artikel", 0},
	{RR_COL_PRICE, "artikelposition_preis", 0}, {RR_COL_PRICE, "prix_de_l'article", 0},
	{RR_COL_PRICE, "precio_del_art\xC3\xAD" "culo", 0},
	{RR_COL_PRICE, "precio_del_articulo", 0}, {RR_COL_PRICE, "prezzo_articolo", 0},
	{RR_COL_PRICE, "prijs_artikel", 0},
	{RR_COL_DATE, "erstellt_am", 0}, {RR_COL_DATE, "cr\xC3\xA9\xC3\xA9_le", 0},
	{RR_COL_DATE, "cree_le", 0}, {RR_COL_DATE, "creado_el", 0},
	{RR_COL_DATE, "creato_il", 0}, {RR_COL_DATE, "aangemaakt_op", 0},
	{RR_COL_STATUS, "zahlungsstatus", 0}, {RR_COL_STATUS, "statut_financier", 0},
	{RR_COL_STATUS, "estado_financiero", 0}, {RR_COL_STATUS, "stato_finanziario", 0},
	{RR_COL_STATUS, "financi\xC3\xABle_status", 0},
	{RR_COL_STATUS, "financiele_status", 0},
	/* a payment's status in more words, and an order's state (t67 F3): read when alone, a
	 * payment's below any order's status beside it (payment_statuses) */
	{RR_COL_STATUS, "payment_state", 0}, {RR_COL_STATUS, "statut_du_paiement", 0},
	{RR_COL_STATUS, "statut_paiement", 0}, {RR_COL_STATUS, "estado_del_pago", 0},
	{RR_COL_STATUS, "estado_de_pago", 0}, {RR_COL_STATUS, "estado_do_pagamento", 0},
	{RR_COL_STATUS, "status_do_pagamento", 0}, {RR_COL_STATUS, "status_pagamento", 0},
	{RR_COL_STATUS, "stato_del_pagamento", 0}, {RR_COL_STATUS, "stato_pagamento", 0},
	{RR_COL_STATUS, "betaalstatus", 0}, {RR_COL_STATUS, "betalingsstatus", 0},
	{RR_COL_STATUS, "betalningsstatus", 0}, {RR_COL_STATUS, "order_state", 0},
	/* t39 #16: this round's platforms. The Nordic ERPs' abbreviations (e-conomic's Kundenr.,
	 * Fakturanr., Ordrenr.; Fortnox's À-pris and Fakturadatum, Tripletex's Fakturadato) */
	{RR_COL_USER, "kundenr", 0}, {RR_COL_USER, "kundnr", 0},
	{RR_COL_USER, "kundenavn", 2}, {RR_COL_USER, "kundnamn", 2},
	{RR_COL_DESC, "produktnavn", 0}, {RR_COL_DESC, "produktnamn", 0},
	{RR_COL_INVOICE, "fakturanr", 0}, {RR_COL_INVOICE, "ordrenr", 0},
	{RR_COL_INVOICE, "ordernr", 0}, {RR_COL_INVOICE, "kvittonr", 0},
	{RR_COL_PRICE, "\xC3\xA0-pris", 0}, {RR_COL_PRICE, "a-pris", 0},
	{RR_COL_DATE, "fakturadatum", 0}, {RR_COL_DATE, "fakturadato", 0},
	/* Exact Online (nl) */
	{RR_COL_USER, "debiteurcode", 0}, {RR_COL_USER, "debiteurnummer", 0},
	{RR_COL_ITEM, "artikelcode", 0}, {RR_COL_PRICE, "prijs_per_eenheid", 0},
	/* Turkish (t53 F8: Hepsiburada's M\xC3\xBC\xC5\x9Fteri Ad\xC4\xB1 Soyad\xC4\xB1, its customer's
	 * name, was no customer); dotless \xC4\xB1 and \xC4\xB0 fold to i (textfold.h), so each name
	 * is written with its letters and in ASCII, as a keyboard without them types it */
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri", 0}, {RR_COL_USER, "musteri", 0},
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri_no", 0}, {RR_COL_USER, "musteri_no", 0},
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri_numaras\xC4\xB1", 0},
	{RR_COL_USER, "musteri_numarasi", 0},
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri_kodu", 0}, {RR_COL_USER, "musteri_kodu", 0},
	{RR_COL_USER, "al\xC4\xB1" "c\xC4\xB1", 2}, {RR_COL_USER, "alici", 2},
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri_ad\xC4\xB1", 2}, {RR_COL_USER, "musteri_adi", 2},
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri_ad\xC4\xB1_soyad\xC4\xB1", 2},
	{RR_COL_USER, "musteri_adi_soyadi", 2},
	{RR_COL_USER, "al\xC4\xB1" "c\xC4\xB1_ad\xC4\xB1", 2}, {RR_COL_USER, "alici_adi", 2},
	{RR_COL_USER, "al\xC4\xB1" "c\xC4\xB1_kullan\xC4\xB1" "c\xC4\xB1_ad\xC4\xB1", 0} /* n11 */,
	{RR_COL_USER, "alici_kullanici_adi", 0},
	{RR_COL_ITEM, "\xC3\xBCr\xC3\xBCn", 1}, {RR_COL_ITEM, "urun", 1},
	{RR_COL_ITEM, "\xC3\xBCr\xC3\xBCn_no", 0}, {RR_COL_ITEM, "urun_no", 0},
	{RR_COL_ITEM, "sat\xC4\xB1" "c\xC4\xB1_stok_kodu", 0}, {RR_COL_ITEM, "satici_stok_kodu", 0},
	{RR_COL_DESC, "\xC3\xBCr\xC3\xBCn_ad\xC4\xB1", 0}, {RR_COL_DESC, "urun_adi", 0},
	{RR_COL_QTY, "miktar", 0},
	{RR_COL_PRICE, "birim_fiyat", 0}, {RR_COL_PRICE, "sat\xC4\xB1\xC5\x9F_fiyat\xC4\xB1", 0},
	{RR_COL_PRICE, "satis_fiyati", 0}, {RR_COL_PRICE, "fiyat", 1},
	{RR_COL_INVOICE, "sipari\xC5\x9F_no", 0}, {RR_COL_INVOICE, "siparis_no", 0},
	{RR_COL_INVOICE, "fatura_no", 0}, {RR_COL_INVOICE, "fatura_numaras\xC4\xB1", 0},
	{RR_COL_INVOICE, "fatura_numarasi", 0},
	{RR_COL_DATE, "fatura_tarihi", 0}, {RR_COL_DATE, "tarih", 1},
	/* Holded, Alegra and Siigo (es), Bling (pt-BR), CFDI (mx): a bare N\xC3\xBAmero or
	 * C\xC3\xB3" "digo names the document or the item only when nothing better does (2) */
	{RR_COL_USER, "contacto", 1}, {RR_COL_QTY, "unidades", 0},
	{RR_COL_USER, "id_contato", 0}, {RR_COL_USER, "id_contacto", 0},
	{RR_COL_USER, "contato", 1},
	{RR_COL_INVOICE, "n\xC3\xBAmero", 2}, {RR_COL_INVOICE, "numero", 2},
	{RR_COL_INVOICE, "num\xC3\xA9ro", 2}, {RR_COL_INVOICE, "comprobante", 1},
	{RR_COL_INVOICE, "folio", 1},
	{RR_COL_ITEM, "c\xC3\xB3" "digo", 2}, {RR_COL_ITEM, "codigo", 2},
	{RR_COL_ITEM, "c\xC3\xB3" "digo_producto", 0}, {RR_COL_ITEM, "codigo_producto", 0},
	{RR_COL_ITEM, "referencia", 2}, {RR_COL_ITEM, "r\xC3\xA9" "f\xC3\xA9rence", 2},
	/* Moloni and Portugal's invoicing apps (t77 F17): Refer\xC3\xAAncia the article's code,
	 * Artigo the article (its name there, Primavera's code), Documento the document's
	 * number (FT 2024/15), a fallback */
	{RR_COL_ITEM, "refer\xC3\xAAncia", 2}, {RR_COL_ITEM, "artigo", 1},
	{RR_COL_INVOICE, "documento", 2}, {RR_COL_INVOICE, "n\xC3\xBAmero_documento", 1},
	{RR_COL_INVOICE, "n\xC3\xBAmero_do_documento", 1},
	{RR_COL_INVOICE, "numero_do_documento", 1},
	{RR_COL_ITEM, "noidentificacion", 0},
	{RR_COL_PRICE, "valor_unit\xC3\xA1rio", 0}, {RR_COL_PRICE, "valor_unitario", 0},
	{RR_COL_PRICE, "valorunitario", 0},
	{RR_COL_USER, "identificaci\xC3\xB3n", 1}, {RR_COL_USER, "identificacion", 1},
	{RR_COL_USER, "rfc_receptor", 0},
	/* Fatture in Cloud and Danea Easyfatt (it) */
	{RR_COL_ITEM, "cod_prodotto", 0}, {RR_COL_ITEM, "codice_prodotto", 0},
	{RR_COL_ITEM, "cod_articolo", 0}, {RR_COL_USER, "cod_cliente", 0},
	{RR_COL_INVOICE, "num_doc", 0}, {RR_COL_INVOICE, "numero_documento", 1},
	{RR_COL_QTY, "qt\xC3\xA0", 0}, {RR_COL_QTY, "qta", 0},
	{RR_COL_PRICE, "prezzo_netto", 1},
	/* Allegro and IdoSell (pl) */
	{RR_COL_QTY, "ilo\xC5\x9B\xC4\x87", 0}, {RR_COL_QTY, "ilosc", 0},
	{RR_COL_PRICE, "cena", 0}, {RR_COL_PRICE, "cena_jednostkowa", 0},
	{RR_COL_USER, "login_kupuj\xC4\x85" "cego", 0}, {RR_COL_USER, "login_kupujacego", 0},
	{RR_COL_USER, "kupuj\xC4\x85" "cy", 1}, {RR_COL_USER, "kupujacy", 1},
	{RR_COL_INVOICE, "numer_zam\xC3\xB3wienia", 0}, {RR_COL_INVOICE, "numer_zamowienia", 0},
	{RR_COL_INVOICE, "sygnatura", 1},
	{RR_COL_ITEM, "kod_produktu", 0}, {RR_COL_USER, "id_klienta", 0},
	{RR_COL_DESC, "nazwa_produktu", 0}, {RR_COL_DESC, "nazwa_oferty", 1},
	{RR_COL_DATE, "data_zakupu", 0}, {RR_COL_DATE, "data_z\xC5\x82o\xC5\xBC" "enia", 0},
	{RR_COL_DATE, "data_zlozenia", 0},
	{RR_COL_DATE, "data_zam\xC3\xB3wienia", 0}, {RR_COL_DATE, "data_zamowienia", 0},
	/* Polish invoicing's (Subiekt GT, Comarch Optima, wFirma; t64 F15: the document never
	 * read as the invoice, the customer and the date only by hints): the document's number,
	 * the sale's date (the issue date a fallback: an invoice states both), the counterparty
	 * and its code, a customer's code, the goods' name */
	{RR_COL_INVOICE, "nr_dokumentu", 0}, {RR_COL_INVOICE, "numer_dokumentu", 0},
	{RR_COL_INVOICE, "nr_faktury", 0}, {RR_COL_INVOICE, "numer_faktury", 0},
	{RR_COL_DATE, "data_sprzeda\xC5\xBCy", 0}, {RR_COL_DATE, "data_sprzedazy", 0},
	{RR_COL_DATE, "data_wystawienia", 1},
	{RR_COL_USER, "kod_kontrahenta", 0}, {RR_COL_USER, "kontrahent", 1},
	{RR_COL_USER, "kod_klienta", 0}, {RR_COL_USER, "klient_id", 0},
	{RR_COL_ITEM, "kod_towaru", 0}, {RR_COL_ITEM, "symbol", 2} /* Subiekt's and Optima's code */,
	{RR_COL_ITEM, "towar", 1} /* bare (t79 F22) */,
	/* the ware's bare word in Danish, Norwegian, Swedish and Portuguese (t79 F22's family) */
	{RR_COL_ITEM, "vare", 1}, {RR_COL_ITEM, "vara", 1}, {RR_COL_ITEM, "mercadoria", 1},
	/* an English ledger's debtor and its code (t64's probe: refused with no hint) */
	{RR_COL_USER, "debtor_code", 0}, {RR_COL_USER, "debtor_no", 0}, {RR_COL_USER, "debtor", 1},
	{RR_COL_DESC, "nazwa_towaru", 0}, {RR_COL_DESC, "nazwa_towaru_lub_us\xC5\x82ugi", 0},
	/* wFirma's, inFakt's and Fakturownia's product name, and their bare document number,
	 * a fallback (t77 F15: the plain load was refused, Numer left unused) */
	{RR_COL_DESC, "nazwa_towaru/us\xC5\x82ugi", 0}, {RR_COL_DESC, "nazwa_towaru/uslugi", 0},
	{RR_COL_INVOICE, "numer", 2},
	/* Spanish ERPs' abbreviations (ContaPlus, FactuSOL, A3; t64 F6: items read by their
	 * description, customers by name, no invoice): C\xC3\xB3d. Art\xC3\xADculo,
	 * C\xC3\xB3d. Cliente, N\xC2\xBA Factura and N.\xC2\xBA factura (the ordinal's
	 * \xC2\xBA, the degree's \xC2\xB0 as typed for it, No and N.); the Italian document's
	 * date and number; the French invoice's and voucher's number (N\xC2\xB0 facture,
	 * N\xC2\xB0 pi\xC3\xA8ce: Sage 100, EBP) */
	{RR_COL_ITEM, "c\xC3\xB3" "d_art\xC3\xAD" "culo", 0}, {RR_COL_ITEM, "cod_art\xC3\xAD" "culo", 0},
	{RR_COL_ITEM, "c\xC3\xB3" "d_articulo", 0}, {RR_COL_ITEM, "cod_articulo", 0},
	{RR_COL_ITEM, "c\xC3\xB3" "d_producto", 0}, {RR_COL_ITEM, "cod_producto", 0},
	{RR_COL_USER, "c\xC3\xB3" "d_cliente", 0},
	{RR_COL_INVOICE, "n\xC2\xBA_factura", 0}, {RR_COL_INVOICE, "n\xC2\xB0_factura", 0},
	{RR_COL_INVOICE, "no_factura", 0}, {RR_COL_INVOICE, "n_factura", 0},
	{RR_COL_INVOICE, "n\xC3\xBAm_factura", 0}, {RR_COL_INVOICE, "num_factura", 0},
	{RR_COL_INVOICE, "n\xC2\xBA_pedido", 0}, {RR_COL_INVOICE, "n\xC2\xB0_pedido", 0},
	{RR_COL_DATE, "data_documento", 0}, {RR_COL_INVOICE, "n\xC2\xB0_fattura", 0},
	{RR_COL_INVOICE, "n\xC2\xBA_fattura", 0}, {RR_COL_INVOICE, "n_fattura", 0},
	{RR_COL_INVOICE, "n\xC2\xB0_documento", 1}, {RR_COL_INVOICE, "n\xC2\xBA_documento", 1},
	{RR_COL_INVOICE, "n\xC2\xB0_facture", 0}, {RR_COL_INVOICE, "n\xC2\xBA_facture", 0},
	{RR_COL_INVOICE, "no_facture", 0}, {RR_COL_INVOICE, "n_facture", 0},
	/* the invoice's number written with its de, after it or shortened (N\xC2\xB0 de facture,
	 * Facture N\xC2\xB0, Num. Facture), and in Spanish, Dutch and Portuguese so (t82 F21:
	 * with none read, a delivery note's N\xC2\xB0 Bon beside it was taken for it) */
	{RR_COL_INVOICE, "n\xC2\xB0_de_facture", 0}, {RR_COL_INVOICE, "n\xC2\xBA_de_facture", 0},
	{RR_COL_INVOICE, "no_de_facture", 0}, {RR_COL_INVOICE, "num\xC3\xA9ro_de_facture", 0},
	{RR_COL_INVOICE, "numero_de_facture", 0}, {RR_COL_INVOICE, "facture_n\xC2\xB0", 0},
	{RR_COL_INVOICE, "facture_n\xC2\xBA", 0}, {RR_COL_INVOICE, "num_facture", 0},
	{RR_COL_INVOICE, "n\xC2\xB0_de_factura", 0}, {RR_COL_INVOICE, "n\xC2\xBA_de_factura", 0},
	{RR_COL_INVOICE, "n\xC3\xBAmero_de_factura", 0}, {RR_COL_INVOICE, "numero_de_factura", 0},
	{RR_COL_INVOICE, "factuurnr", 0}, {RR_COL_INVOICE, "nr_fattura", 0},
	{RR_COL_INVOICE, "n\xC2\xB0_fatura", 0}, {RR_COL_INVOICE, "n\xC2\xBA_fatura", 0},
	{RR_COL_INVOICE, "n\xC2\xBA_da_fatura", 0}, {RR_COL_INVOICE, "n\xC3\xBAmero_da_fatura", 0},
	{RR_COL_INVOICE, "numero_da_fatura", 0},
	/* an order's form (bon de commande), a fallback: beside its invoice it is not the
	 * purchase's number, alone it groups the lines ordered together */
	{RR_COL_INVOICE, "bon_de_commande", 1}, {RR_COL_INVOICE, "n\xC2\xB0_bon_de_commande", 1},
	{RR_COL_INVOICE, "num\xC3\xA9ro_bon_de_commande", 1},
	/* (one word: a pi\xC3\xA8ce alone is a unit's, Prix par pi\xC3\xA8ce) */
	{RR_COL_INVOICE, "n\xC2\xB0pi\xC3\xA8" "ce", 0}, {RR_COL_INVOICE, "n\xC2\xBApi\xC3\xA8" "ce", 0},
	{RR_COL_INVOICE, "nopi\xC3\xA8" "ce", 0}, {RR_COL_INVOICE, "npi\xC3\xA8" "ce", 0},
	{RR_COL_INVOICE, "n\xC2\xB0piece", 0}, {RR_COL_INVOICE, "nopiece", 0},
	{RR_COL_INVOICE, "num\xC3\xA9ropi\xC3\xA8" "ce", 0}, {RR_COL_INVOICE, "numeropiece", 0},
	/* a French item's short reference beside its D\xC3\xA9signation (t64 F4: R\xC3\xA9f.;
	 * the bare word, as R\xC3\xA9f\xC3\xA9rence) */
	{RR_COL_ITEM, "r\xC3\xA9" "f", 2},
	/* the Russian marketplaces (Ozon, Wildberries, Kaspi): order number, seller's article,
	 * quantity, price, buyer, date, name */
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0", 0},
	{RR_COL_ITEM, "\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD1\x83\xD0\xBB", 0},
	{RR_COL_ITEM, "\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD1\x83\xD0\xBB_"
		      "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB2\xD1\x86\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xE2\x84\x96_\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0", 0},
	{RR_COL_ITEM, "\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD1\x83\xD0\xBB_\xD0\xBF\xD0\xBE"
		      "\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD1\x89\xD0\xB8\xD0\xBA\xD0\xB0", 0},
	{RR_COL_PRICE, "\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0_\xD0\xB7\xD0\xB0_\xD0\xB5\xD0\xB4\xD0\xB8"
		       "\xD0\xBD\xD0\xB8\xD1\x86\xD1\x83", 0},
	{RR_COL_DATE, "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBD\xD1\x8F\xD1\x82_\xD0\xB2_\xD0\xBE\xD0\xB1"
		      "\xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xBA\xD1\x83", 1},
	{RR_COL_QTY, "\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE", 0},
	{RR_COL_QTY, "\xD0\xBA\xD0\xBE\xD0\xBB-\xD0\xB2\xD0\xBE", 0},
	{RR_COL_PRICE, "\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0", 0},
	{RR_COL_USER, "\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C", 1},
	{RR_COL_USER, "id_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F", 0},
	/* Evotor's client code (t59 F5: not named, its receipt type offered instead) */
	{RR_COL_USER, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0", 1},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0_\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0", 0},
	/* 1C's counterparty (the customer), its item's name, and a bare number (2) */
	{RR_COL_USER, "\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82", 0},
	{RR_COL_DESC, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xBA\xD0\xBB\xD0\xB0\xD1\x82\xD1\x83\xD1\x80\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80", 2},
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5", 0},
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB8\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5", 0},
	/* Ozon's product name (t44 #12: not used) */
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xB0", 0},
	/* t41 N3: the Vietnamese (KiotViet, Sapo, Haravan), Chinese and Japanese (Taobao,
	 * Youzan, JD; Rakuten), Korean (Cafe24, Naver, Coupang) and Arabic (Salla, Zid) shops'
	 * invoice, customer, item, name, quantity, price, line total and date; Ozon's price */
	{RR_COL_INVOICE, "m\xC3\xA3_h\xC3\xB3" "a_\xC4\x91\xC6\xA1n", 0},
	{RR_COL_INVOICE, "m\xC3\xA3_\xC4\x91\xC6\xA1n_h\xC3\xA0ng", 0},
	{RR_COL_INVOICE, "s\xE1\xBB\x91_h\xC3\xB3" "a_\xC4\x91\xC6\xA1n", 0},
	{RR_COL_USER, "m\xC3\xA3_kh\xC3\xA1" "ch_h\xC3\xA0ng", 0},
	{RR_COL_USER, "t\xC3\xAAn_kh\xC3\xA1" "ch_h\xC3\xA0ng", 2},
	{RR_COL_ITEM, "m\xC3\xA3_h\xC3\xA0ng", 0},
	{RR_COL_ITEM, "m\xC3\xA3_sku", 0},
	{RR_COL_ITEM, "m\xC3\xA3_s\xE1\xBA\xA3n_ph\xE1\xBA\xA9m", 0},
	{RR_COL_DESC, "t\xC3\xAAn_h\xC3\xA0ng", 0},
	{RR_COL_DESC, "t\xC3\xAAn_s\xE1\xBA\xA3n_ph\xE1\xBA\xA9m", 0},
	{RR_COL_QTY, "s\xE1\xBB\x91_l\xC6\xB0\xE1\xBB\xA3ng", 0},
	{RR_COL_PRICE, "\xC4\x91\xC6\xA1n_gi\xC3\xA1", 0},
	{RR_COL_PRICE, "gi\xC3\xA1_b\xC3\xA1n", 1},
	/* Haravan's order export: its product's quantity and price (t46 F9: unread, each line one
	 * unit); fallbacks, below a bare quantity's or price's name */
	{RR_COL_QTY, "s\xE1\xBB\x91_l\xC6\xB0\xE1\xBB\xA3ng_s\xE1\xBA\xA3n_ph\xE1\xBA\xA9m", 1},
	{RR_COL_PRICE, "gi\xC3\xA1_s\xE1\xBA\xA3n_ph\xE1\xBA\xA9m", 1},
	{RR_COL_AMOUNT, "th\xC3\xA0nh_ti\xE1\xBB\x81n", 0},
	{RR_COL_DATE, "ng\xC3\xA0y_t\xE1\xBA\xA1o", 0},
	{RR_COL_DATE, "ng\xC3\xA0y_\xC4\x91\xE1\xBA\xB7t_h\xC3\xA0ng", 0},
	{RR_COL_DATE, "th\xE1\xBB\x9Di_gian", 1},
	{RR_COL_INVOICE, "\xE8\xAE\xA2\xE5\x8D\x95\xE5\x8F\xB7", 0},
	{RR_COL_INVOICE, "\xE8\xAE\xA2\xE5\x8D\x95\xE7\xBC\x96\xE5\x8F\xB7", 0},
	{RR_COL_INVOICE, "\xE8\xA8\x82\xE5\x96\xAE\xE7\xB7\xA8\xE8\x99\x9F", 0},
	{RR_COL_INVOICE, "\xE6\xB3\xA8\xE6\x96\x87\xE7\x95\xAA\xE5\x8F\xB7", 0},
	{RR_COL_USER, "\xE4\xB9\xB0\xE5\xAE\xB6id", 0},
	{RR_COL_USER, "\xE4\xB9\xB0\xE5\xAE\xB6\xE4\xBC\x9A\xE5\x91\x98\xE5\x90\x8D", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE7\xBC\x96\xE7\xA0\x81", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\xAE\xB6\xE7\xBC\x96\xE7\xA0\x81", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89", 0},
	{RR_COL_DESC, "\xE5\x95\x86\xE5\x93\x81\xE5\x90\x8D\xE7\xA7\xB0", 0},
	{RR_COL_DESC, "\xE5\xAE\x9D\xE8\xB4\x9D\xE6\xA0\x87\xE9\xA2\x98", 0},
	{RR_COL_DESC, "\xE5\x95\x86\xE5\x93\x81\xE5\x90\x8D", 0},
	{RR_COL_QTY, "\xE6\x95\xB0\xE9\x87\x8F", 0},
	{RR_COL_QTY, "\xE5\x95\x86\xE5\x93\x81\xE6\x95\xB0\xE9\x87\x8F", 0},
	{RR_COL_QTY, "\xE8\xB4\xAD\xE4\xB9\xB0\xE6\x95\xB0\xE9\x87\x8F", 0},
	{RR_COL_PRICE, "\xE5\x8D\x95\xE4\xBB\xB7", 0},
	{RR_COL_PRICE, "\xE5\x95\x86\xE5\x93\x81\xE5\x8D\x95\xE4\xBB\xB7", 0},
	{RR_COL_PRICE, "\xE5\x8D\x98\xE4\xBE\xA1", 0},
	{RR_COL_PRICE, "\xE4\xBB\xB7\xE6\xA0\xBC", 1},
	{RR_COL_DATE, "\xE4\xB8\x8B\xE5\x8D\x95\xE6\x97\xB6\xE9\x97\xB4", 0},
	{RR_COL_DATE, "\xE8\xAE\xA2\xE5\x8D\x95\xE5\x88\x9B\xE5\xBB\xBA\xE6\x97\xB6\xE9\x97\xB4", 0},
	{RR_COL_DATE, "\xE6\xB3\xA8\xE6\x96\x87\xE6\x97\xA5", 0},
	{RR_COL_DATE, "\xE5\x88\x9B\xE5\xBB\xBA\xE6\x97\xB6\xE9\x97\xB4", 1},
	{RR_COL_INVOICE, "\xEC\xA3\xBC\xEB\xAC\xB8\xEB\xB2\x88\xED\x98\xB8", 0},
	{RR_COL_USER, "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\x9E\x90id", 0},
	{RR_COL_USER, "\xEA\xB5\xAC\xEB\xA7\xA4\xEC\x9E\x90id", 0},
	/* the bare buyer and orderer, as buyer is (Coupang's, whose buyer has no id: t46 F12) */
	{RR_COL_USER, "\xEA\xB5\xAC\xEB\xA7\xA4\xEC\x9E\x90", 1},
	{RR_COL_USER, "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\x9E\x90", 1},
	{RR_COL_ITEM, "\xEC\x83\x81\xED\x92\x88\xEC\xBD\x94\xEB\x93\x9C", 0},
	{RR_COL_ITEM, "\xEC\x83\x81\xED\x92\x88\xEB\xB2\x88\xED\x98\xB8", 0},
	{RR_COL_DESC, "\xEC\x83\x81\xED\x92\x88\xEB\xAA\x85", 0},
	{RR_COL_QTY, "\xEC\x88\x98\xEB\x9F\x89", 0},
	{RR_COL_QTY, "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\x88\x98\xEB\x9F\x89", 0},
	{RR_COL_QTY, "\xEA\xB5\xAC\xEB\xA7\xA4\xEC\x88\x98\xEB\x9F\x89", 0},
	{RR_COL_PRICE, "\xED\x8C\x90\xEB\xA7\xA4\xEA\xB0\x80", 0},
	{RR_COL_PRICE, "\xEC\x83\x81\xED\x92\x88\xEA\xB0\x80\xEA\xB2\xA9", 0},
	{RR_COL_PRICE, "\xEB\x8B\xA8\xEA\xB0\x80", 0},
	/* the supply price, a unit's price before VAT (t80 F14): read over a price with VAT,
	 * as a name without tax is; the supply value (below) is a line's total */
	{RR_COL_PRICE, "\xEA\xB3\xB5\xEA\xB8\x89\xEA\xB0\x80", 0},
	{RR_COL_PRICE, "\xEA\xB3\xB5\xEA\xB8\x89\xEB\x8B\xA8\xEA\xB0\x80", 0},
	{RR_COL_DATE, "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\x9D\xBC\xEC\x8B\x9C", 0},
	{RR_COL_DATE, "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\x9D\xBC", 0},
	{RR_COL_DATE, "\xEA\xB2\xB0\xEC\xA0\x9C\xEC\x9D\xBC", 0},
	{RR_COL_INVOICE, "\xD8\xB1\xD9\x82\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB7\xD9\x84\xD8\xA8", 0},
	{RR_COL_INVOICE, "\xD8\xB1\xD9\x82\xD9\x85_\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9", 0},
	{RR_COL_USER, "\xD8\xB1\xD9\x82\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84", 0},
	{RR_COL_USER, "\xD8\xA7\xD8\xB3\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84", 2},
	{RR_COL_ITEM, "\xD8\xB1\xD9\x85\xD8\xB2_\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC", 0},
	{RR_COL_DESC, "\xD8\xA7\xD8\xB3\xD9\x85_\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC", 0},
	{RR_COL_QTY, "\xD8\xA7\xD9\x84\xD9\x83\xD9\x85\xD9\x8A\xD8\xA9", 0},
	{RR_COL_PRICE, "\xD8\xB3\xD8\xB9\xD8\xB1_\xD8\xA7\xD9\x84\xD9\x88\xD8\xAD\xD8\xAF\xD8\xA9", 0},
	{RR_COL_PRICE, "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xB9\xD8\xB1", 1},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD8\xA7\xD9\x84\xD8\xB7\xD9\x84\xD8\xA8", 0},
	{RR_COL_PRICE, "\xD0\xB2\xD0\xB0\xD1\x88\xD0\xB0_\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0", 0},
	/* t44 #10: the Traditional Chinese (Taiwan, Hong Kong), Indonesian and Thai shops' invoice,
	 * customer, item, name, quantity, price and date, beside t41 N3's */
	{RR_COL_INVOICE, "\xE8\xA8\x82\xE5\x96\xAE\xE8\x99\x9F\xE7\xA2\xBC", 0},
	{RR_COL_INVOICE, "\xE8\xA8\x82\xE5\x96\xAE\xE8\x99\x9F", 0},
	{RR_COL_USER, "\xE6\x9C\x83\xE5\x93\xA1\xE7\xB7\xA8\xE8\x99\x9F", 0},
	{RR_COL_USER, "\xE8\xB2\xB7\xE5\xAE\xB6\xE5\xB8\xB3\xE8\x99\x9F", 0},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB6\xE7\xB7\xA8\xE8\x99\x9F", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE7\xB7\xA8\xE8\x99\x9F", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE4\xBB\xA3\xE7\xA2\xBC", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE8\xB2\xA8\xE8\x99\x9F", 0},
	{RR_COL_DESC, "\xE5\x95\x86\xE5\x93\x81\xE5\x90\x8D\xE7\xA8\xB1", 0},
	/* HKTVmall's customer (the Traditional script's of a Chinese shop's), goods number and
	 * goods name, and the Simplified ones of the last two (t56 F9: no customer, no item) */
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB6", 0},
	{RR_COL_ITEM, "\xE8\xB2\xA8\xE5\x93\x81\xE7\xB7\xA8\xE8\x99\x9F", 0},
	{RR_COL_ITEM, "\xE8\xB4\xA7\xE5\x93\x81\xE7\xBC\x96\xE5\x8F\xB7", 0},
	{RR_COL_DESC, "\xE8\xB2\xA8\xE5\x93\x81\xE5\x90\x8D\xE7\xA8\xB1", 0},
	{RR_COL_DESC, "\xE8\xB4\xA7\xE5\x93\x81\xE5\x90\x8D\xE7\xA7\xB0", 0},
	{RR_COL_QTY, "\xE6\x95\xB8\xE9\x87\x8F", 0},
	{RR_COL_QTY, "\xE5\x95\x86\xE5\x93\x81\xE6\x95\xB8\xE9\x87\x8F", 0},
	{RR_COL_QTY, "\xE8\xB3\xBC\xE8\xB2\xB7\xE6\x95\xB8\xE9\x87\x8F", 0},
	{RR_COL_PRICE, "\xE5\x96\xAE\xE5\x83\xB9", 0},
	{RR_COL_PRICE, "\xE5\x95\x86\xE5\x93\x81\xE5\x96\xAE\xE5\x83\xB9", 0},
	{RR_COL_PRICE, "\xE5\x83\xB9\xE6\xA0\xBC", 1},
	{RR_COL_DATE, "\xE8\xA8\x82\xE5\x96\xAE\xE6\x97\xA5\xE6\x9C\x9F", 0},
	{RR_COL_DATE, "\xE4\xB8\x8B\xE5\x96\xAE\xE6\x99\x82\xE9\x96\x93", 0},
	{RR_COL_DATE, "\xE8\xA8\x82\xE5\x96\xAE\xE6\x88\x90\xE7\xAB\x8B\xE6\x99\x82\xE9\x96\x93", 0},
	{RR_COL_DATE, "\xE8\xA8\x82\xE5\x96\xAE\xE6\x88\x90\xE7\xAB\x8B\xE6\x97\xA5\xE6\x9C\x9F", 0},
	{RR_COL_DATE, "\xE8\xA8\x82\xE5\x96\xAE\xE5\xBB\xBA\xE7\xAB\x8B\xE6\x99\x82\xE9\x96\x93", 0},
	{RR_COL_INVOICE, "nomor_invoice", 0},
	{RR_COL_INVOICE, "no_invoice", 0},
	{RR_COL_INVOICE, "nomor_pesanan", 0},
	{RR_COL_INVOICE, "no_pesanan", 0},
	{RR_COL_INVOICE, "id_pesanan", 0},
	{RR_COL_USER, "id_pembeli", 0},
	{RR_COL_USER, "username_pembeli", 0},
	{RR_COL_USER, "nama_pembeli", 2},
	{RR_COL_USER, "pembeli", 1},
	{RR_COL_ITEM, "kode_produk", 0},
	{RR_COL_ITEM, "sku_induk", 0},
	{RR_COL_ITEM, "kode_barang", 0},
	{RR_COL_DESC, "nama_produk", 0},
	{RR_COL_DESC, "nama_barang", 0},
	{RR_COL_QTY, "jumlah_produk", 0},
	{RR_COL_QTY, "jumlah_barang", 0},
	{RR_COL_QTY, "kuantitas", 0},
	{RR_COL_QTY, "jumlah", 1},
	{RR_COL_PRICE, "harga_satuan", 0},
	{RR_COL_PRICE, "harga_produk", 0},
	{RR_COL_PRICE, "harga_jual", 1},
	{RR_COL_PRICE, "harga", 1},
	{RR_COL_DATE, "tanggal_pesanan", 0},
	{RR_COL_DATE, "waktu_pesanan_dibuat", 0},
	{RR_COL_DATE, "tanggal_transaksi", 0},
	{RR_COL_DATE, "tanggal_pembayaran", 1},
	{RR_COL_DATE, "tanggal", 1},
	{RR_COL_INVOICE, "\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\x82\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB8\x84\xE0\xB8\xB3\xE0\xB8\xAA\xE0\xB8\xB1\xE0\xB9\x88\xE0\xB8\x87\xE0\xB8\x8B\xE0\xB8\xB7\xE0\xB9\x89\xE0\xB8\xAD", 0},
	{RR_COL_INVOICE, "\xE0\xB8\xAB\xE0\xB8\xA1\xE0\xB8\xB2\xE0\xB8\xA2\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\x82\xE0\xB8\x84\xE0\xB8\xB3\xE0\xB8\xAA\xE0\xB8\xB1\xE0\xB9\x88\xE0\xB8\x87\xE0\xB8\x8B\xE0\xB8\xB7\xE0\xB9\x89\xE0\xB8\xAD", 0},
	{RR_COL_INVOICE, "\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\x82\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB9\x83\xE0\xB8\x9A\xE0\xB8\xAA\xE0\xB8\xB1\xE0\xB9\x88\xE0\xB8\x87\xE0\xB8\x8B\xE0\xB8\xB7\xE0\xB9\x89\xE0\xB8\xAD", 0},
	{RR_COL_INVOICE, "\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\x82\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB9\x83\xE0\xB8\x9A\xE0\xB9\x81\xE0\xB8\x88\xE0\xB9\x89\xE0\xB8\x87\xE0\xB8\xAB\xE0\xB8\x99\xE0\xB8\xB5\xE0\xB9\x89", 0},
	{RR_COL_INVOICE, "\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\x82\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB9\x83\xE0\xB8\x9A\xE0\xB9\x80\xE0\xB8\xAA\xE0\xB8\xA3\xE0\xB9\x87\xE0\xB8\x88", 0},
	{RR_COL_USER, "\xE0\xB8\xA3\xE0\xB8\xAB\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\xA5\xE0\xB8\xB9\xE0\xB8\x81\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2", 0},
	{RR_COL_USER, "\xE0\xB8\xA5\xE0\xB8\xB9\xE0\xB8\x81\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2", 1},
	{RR_COL_ITEM, "\xE0\xB8\xA3\xE0\xB8\xAB\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x99\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2", 0},
	{RR_COL_DESC, "\xE0\xB8\x8A\xE0\xB8\xB7\xE0\xB9\x88\xE0\xB8\xAD\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x99\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2", 0},
	{RR_COL_QTY, "\xE0\xB8\x88\xE0\xB8\xB3\xE0\xB8\x99\xE0\xB8\xA7\xE0\xB8\x99", 0},
	{RR_COL_QTY, "\xE0\xB8\x88\xE0\xB8\xB3\xE0\xB8\x99\xE0\xB8\xA7\xE0\xB8\x99\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x99\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2", 0},
	{RR_COL_PRICE, "\xE0\xB8\xA3\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xB2\xE0\xB8\x95\xE0\xB9\x88\xE0\xB8\xAD\xE0\xB8\xAB\xE0\xB8\x99\xE0\xB9\x88\xE0\xB8\xA7\xE0\xB8\xA2", 0},
	{RR_COL_PRICE, "\xE0\xB8\xA3\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xB2\xE0\xB8\x82\xE0\xB8\xB2\xE0\xB8\xA2", 1},
	{RR_COL_PRICE, "\xE0\xB8\xA3\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xB2", 1},
	{RR_COL_DATE, "\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB8\xAA\xE0\xB8\xB1\xE0\xB9\x88\xE0\xB8\x87\xE0\xB8\x8B\xE0\xB8\xB7\xE0\xB9\x89\xE0\xB8\xAD", 0},
	{RR_COL_DATE, "\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB8\x97\xE0\xB8\xB3\xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA3\xE0\xB8\xAA\xE0\xB8\xB1\xE0\xB9\x88\xE0\xB8\x87\xE0\xB8\x8B\xE0\xB8\xB7\xE0\xB9\x89\xE0\xB8\xAD", 0},
	{RR_COL_DATE, "\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88", 1},
	/* and a Japanese shop's (BASE): order id, order time, e-mail, product id, price, status */
	{RR_COL_STATUS, "\xE5\xAF\xBE\xE5\xBF\x9C\xE7\x8A\xB6\xE6\xB3\x81", 1},
	{RR_COL_INVOICE, "\xE6\xB3\xA8\xE6\x96\x87id", 0},
	{RR_COL_DATE, "\xE6\xB3\xA8\xE6\x96\x87\xE6\x97\xA5\xE6\x99\x82", 0},
	{RR_COL_USER, "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB\xE3\x82\xA2\xE3\x83\x89\xE3\x83\xAC\xE3\x82\xB9", 1},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81id", 1},
	{RR_COL_PRICE, "\xE4\xBE\xA1\xE6\xA0\xBC", 1},
	/* t68 F7: a Japanese shop's and ERP's date, 日付 (refused: only 注文日 was known) and its
	 * kin, the sales, transaction, slip, purchase and order-received dates (売上日, 取引日,
	 * 伝票日付, 購入日, 受注日), and the Chinese 日期 and its order's, trade's and sale's; 日時
	 * (a date and time) and 計上日 (a posting date) the fallbacks */
	{RR_COL_DATE, "\xE6\x97\xA5\xE4\xBB\x98", 0},
	{RR_COL_DATE, "\xE5\xA3\xB2\xE4\xB8\x8A\xE6\x97\xA5", 0},
	{RR_COL_DATE, "\xE5\xA3\xB2\xE4\xB8\x8A\xE6\x97\xA5\xE6\x99\x82", 0},
	{RR_COL_DATE, "\xE5\xA3\xB2\xE4\xB8\x8A\xE6\x97\xA5\xE4\xBB\x98", 0},
	{RR_COL_DATE, "\xE5\x8F\x96\xE5\xBC\x95\xE6\x97\xA5", 0},
	{RR_COL_DATE, "\xE5\x8F\x96\xE5\xBC\x95\xE6\x97\xA5\xE4\xBB\x98", 0},
	{RR_COL_DATE, "\xE4\xBC\x9D\xE7\xA5\xA8\xE6\x97\xA5\xE4\xBB\x98", 0},
	{RR_COL_DATE, "\xE4\xBC\x9D\xE7\xA5\xA8\xE6\x97\xA5", 0},
	{RR_COL_DATE, "\xE8\xB3\xBC\xE5\x85\xA5\xE6\x97\xA5", 0},
	{RR_COL_DATE, "\xE8\xB3\xBC\xE5\x85\xA5\xE6\x97\xA5\xE6\x99\x82", 0},
	{RR_COL_DATE, "\xE5\x8F\x97\xE6\xB3\xA8\xE6\x97\xA5", 0},
	{RR_COL_DATE, "\xE5\x8F\x97\xE6\xB3\xA8\xE6\x97\xA5\xE6\x99\x82", 0},
	{RR_COL_DATE, "\xE6\xB3\xA8\xE6\x96\x87\xE6\x97\xA5\xE4\xBB\x98", 0},
	{RR_COL_DATE, "\xE6\x97\xA5\xE6\x9C\x9F", 0},
	{RR_COL_DATE, "\xE8\xAE\xA2\xE5\x8D\x95\xE6\x97\xA5\xE6\x9C\x9F", 0},
	{RR_COL_DATE, "\xE4\xBA\xA4\xE6\x98\x93\xE6\x97\xA5\xE6\x9C\x9F", 0},
	{RR_COL_DATE, "\xE9\x94\x80\xE5\x94\xAE\xE6\x97\xA5\xE6\x9C\x9F", 0},
	{RR_COL_DATE, "\xE6\x97\xA5\xE6\x99\x82", 1},
	{RR_COL_DATE, "\xE8\xA8\x88\xE4\xB8\x8A\xE6\x97\xA5", 1},
	/* and Smaregi's (a Japanese till, t63 F21): its transaction, the receipt, and its time */
	{RR_COL_INVOICE, "\xE5\x8F\x96\xE5\xBC\x95id", 1},
	{RR_COL_DATE, "\xE5\x8F\x96\xE5\xBC\x95\xE6\x97\xA5\xE6\x99\x82", 0},
	/* t49 F03: an item code named by its bare word (Cin7's Code, as Spanish's código), a
	 * till's PLU, JD's 商品编号 and 货号, a Japanese shop's 商品番号 and 品番, Russian 1C's
	 * and MoySklad's Код, Turkish Ürün Kodu, Italian Codice, Polish Kod, Indonesian Kode: the
	 * bare words a fallback, beside a code of a plainer name */
	{RR_COL_ITEM, "code", 2}, {RR_COL_ITEM, "plu", 0}, {RR_COL_ITEM, "plu_code", 0},
	{RR_COL_ITEM, "plu_no", 0}, {RR_COL_ITEM, "plu_nr", 0}, {RR_COL_ITEM, "codice", 2},
	{RR_COL_ITEM, "kod", 2}, {RR_COL_ITEM, "kode", 2}, {RR_COL_ITEM, "kode_item", 0},
	/* t77 F12: the item's code in Poland's ERPs (Subiekt's, Comarch's Indeks) and Slovenian */
	{RR_COL_ITEM, "indeks", 2}, {RR_COL_ITEM, "koda", 2},
	{RR_COL_ITEM, "\xC3\xBCr\xC3\xBCn_kodu", 0}, {RR_COL_ITEM, "urun_kodu", 0},
	{RR_COL_ITEM, "\xD0\xBA\xD0\xBE\xD0\xB4", 2},
	{RR_COL_ITEM, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xB0", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE7\xBC\x96\xE5\x8F\xB7", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE8\xB4\xA7\xE5\x8F\xB7", 0},
	{RR_COL_ITEM, "\xE8\xB4\xA7\xE5\x8F\xB7", 0},
	{RR_COL_ITEM, "\xE5\x95\x86\xE5\x93\x81\xE7\x95\xAA\xE5\x8F\xB7", 0},
	{RR_COL_ITEM, "\xE5\x93\x81\xE7\x95\xAA", 0},
	/* t49 F07, F08: a till's receipt (German Bon-Nr., Indonesian No. Struk, Nomor Faktur,
	 * No. Transaksi) and its time of day (Waktu, Jam); the customer of a Japanese shop
	 * (EC-CUBE's 会員ID, 顧客番号), of a Taiwanese or Chinese one (顧客, 客户) and of an
	 * Indonesian one (Pelanggan: Moka, Jurnal, whose date is the Tanggal Faktur); JD's 客户账号; 販売価格, a Japanese shop's selling price
	 * (t49 F12: MakeShop's was not offered) */
	{RR_COL_INVOICE, "bon_nr", 0}, {RR_COL_INVOICE, "no_struk", 0},
	{RR_COL_INVOICE, "nomor_struk", 0}, {RR_COL_INVOICE, "no_faktur", 0},
	{RR_COL_INVOICE, "nomor_faktur", 0}, {RR_COL_INVOICE, "no_transaksi", 0},
	{RR_COL_INVOICE, "nomor_transaksi", 0}, {RR_COL_INVOICE, "no_nota", 0},
	{RR_COL_TIME, "waktu", 1}, {RR_COL_TIME, "jam", 1},
	{RR_COL_USER, "pelanggan", 0}, {RR_COL_USER, "id_pelanggan", 0},
	{RR_COL_USER, "kode_pelanggan", 0}, {RR_COL_USER, "nama_pelanggan", 2},
	{RR_COL_USER, "\xE4\xBC\x9A\xE5\x93\xA1id", 0},
	{RR_COL_USER, "\xE4\xBC\x9A\xE5\x93\xA1\xE7\x95\xAA\xE5\x8F\xB7", 0},
	{RR_COL_USER, "\xE9\xA1\xA7\xE5\xAE\xA2", 0},
	{RR_COL_USER, "\xE9\xA1\xA7\xE5\xAE\xA2\xE7\x95\xAA\xE5\x8F\xB7", 0},
	{RR_COL_USER, "\xE9\xA1\xA7\xE5\xAE\xA2id", 0},
	{RR_COL_USER, "\xE9\xA1\xA7\xE5\xAE\xA2\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89", 0},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB7", 0},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB7\xE7\xBC\x96\xE5\x8F\xB7", 0},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB7id", 0},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB7\xE8\xB4\xA6\xE5\x8F\xB7", 0},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB7\xE5\xB8\x90\xE5\x8F\xB7", 0},
	{RR_COL_DATE, "tanggal_faktur", 0}, {RR_COL_DATE, "tanggal_struk", 0},
	{RR_COL_PRICE, "\xE8\xB2\xA9\xE5\xA3\xB2\xE4\xBE\xA1\xE6\xA0\xBC", 1},
	/* e112: the core roles in the languages whose exports relrec refused (unrecognised header: a
	 * Czech, Greek, Romanian, Hungarian invoice's lines), with and without their marks */
	/* Czech and Slovak (Pohoda, Money S3, Helios, ABRA, iDoklad, Fakturoid; the Slovak forms
	 * of the same ERPs); the bare \xC4\x8C\xC3\xADslo and K\xC3\xB3d only when nothing plainer
	 * names one (2) */
	{RR_COL_INVOICE, "\xC4\x8D\xC3\xADslo_faktury", 0},
	{RR_COL_INVOICE, "cislo_faktury", 0}, {RR_COL_INVOICE, "\xC4\x8D_faktury", 0},
	{RR_COL_INVOICE, "c_faktury", 0}, {RR_COL_INVOICE, "faktura", 0},
	{RR_COL_INVOICE, "\xC4\x8D\xC3\xADslo_dokladu", 0},
	{RR_COL_INVOICE, "cislo_dokladu", 0}, {RR_COL_INVOICE, "\xC4\x8D_dokladu", 0},
	{RR_COL_INVOICE, "c_dokladu", 0},
	{RR_COL_INVOICE, "\xC4\x8D\xC3\xADslo_objedn\xC3\xA1vky", 0},
	{RR_COL_INVOICE, "cislo_objednavky", 0},
	{RR_COL_INVOICE, "\xC4\x8D_objedn\xC3\xA1vky", 0},
	{RR_COL_INVOICE, "c_objednavky", 0}, {RR_COL_INVOICE, "objedn\xC3\xA1vka", 0},
	{RR_COL_INVOICE, "objednavka", 0},
	{RR_COL_INVOICE, "\xC4\x8D\xC3\xADslo_\xC3\xBA\xC4\x8Dtenky", 0},
	{RR_COL_INVOICE, "cislo_uctenky", 0}, {RR_COL_INVOICE, "fakt\xC3\xBAra", 0},
	{RR_COL_INVOICE, "\xC4\x8D\xC3\xADslo_fakt\xC3\xBAry", 0},
	{RR_COL_INVOICE, "k\xC3\xB3" "d_objedn\xC3\xA1vky", 0},
	{RR_COL_INVOICE, "kod_objednavky", 0}, {RR_COL_INVOICE, "\xC4\x8D_dokl", 0},
	{RR_COL_INVOICE, "c_dokl", 0}, {RR_COL_INVOICE, "doklad", 1},
	{RR_COL_INVOICE, "variabiln\xC3\xAD_symbol", 1},
	{RR_COL_INVOICE, "variabilni_symbol", 1}, {RR_COL_INVOICE, "\xC4\x8D\xC3\xADslo", 2},
	{RR_COL_INVOICE, "cislo", 2},
	{RR_COL_USER, "\xC4\x8D\xC3\xADslo_z\xC3\xA1kazn\xC3\xADka", 0},
	{RR_COL_USER, "cislo_zakaznika", 0},
	{RR_COL_USER, "k\xC3\xB3" "d_z\xC3\xA1kazn\xC3\xADka", 0},
	{RR_COL_USER, "kod_zakaznika", 0}, {RR_COL_USER, "id_z\xC3\xA1kazn\xC3\xADka", 0},
	{RR_COL_USER, "id_zakaznika", 0}, {RR_COL_USER, "k\xC3\xB3" "d_odb\xC4\x9Bratele", 0},
	{RR_COL_USER, "kod_odberatele", 0}, {RR_COL_USER, "kupuj\xC3\xAD" "c\xC3\xAD", 1},
	{RR_COL_USER, "kupujici", 1}, {RR_COL_USER, "z\xC3\xA1kazn\xC3\xADk", 1},
	{RR_COL_USER, "zakaznik", 1}, {RR_COL_USER, "odb\xC4\x9Bratel", 1},
	{RR_COL_USER, "odberatel", 1}, {RR_COL_USER, "odberate\xC4\xBE", 1},
	{RR_COL_USER, "n\xC3\xA1zev_odb\xC4\x9Bratele", 2},
	{RR_COL_USER, "nazev_odberatele", 2},
	{RR_COL_USER, "jm\xC3\xA9no_z\xC3\xA1kazn\xC3\xADka", 2},
	{RR_COL_USER, "jmeno_zakaznika", 2}, {RR_COL_USER, "meno_z\xC3\xA1kazn\xC3\xADka", 2},
	{RR_COL_USER, "meno_zakaznika", 2},
	{RR_COL_ITEM, "k\xC3\xB3" "d_zbo\xC5\xBE\xC3\xAD", 0}, {RR_COL_ITEM, "kod_zbozi", 0},
	{RR_COL_ITEM, "k\xC3\xB3" "d_polo\xC5\xBEky", 0}, {RR_COL_ITEM, "kod_polozky", 0},
	{RR_COL_ITEM, "k\xC3\xB3" "d_produktu", 0},
	{RR_COL_ITEM, "k\xC3\xB3" "d_z\xC3\xA1soby", 0}, {RR_COL_ITEM, "kod_zasoby", 0},
	{RR_COL_ITEM, "katalogov\xC3\xA9_\xC4\x8D\xC3\xADslo", 0},
	{RR_COL_ITEM, "katalogove_cislo", 0}, {RR_COL_ITEM, "k\xC3\xB3" "d_tovaru", 0},
	{RR_COL_ITEM, "kod_tovaru", 0}, {RR_COL_ITEM, "reg_\xC4\x8D\xC3\xADslo", 0},
	{RR_COL_ITEM, "reg_cislo", 0},
	{RR_COL_ITEM, "registra\xC4\x8Dn\xC3\xAD_\xC4\x8D\xC3\xADslo", 0},
	{RR_COL_ITEM, "registracni_cislo", 0}, {RR_COL_ITEM, "zbo\xC5\xBE\xC3\xAD", 1},
	{RR_COL_ITEM, "zbozi", 1}, {RR_COL_ITEM, "polo\xC5\xBEka", 1},
	{RR_COL_ITEM, "polozka", 1}, {RR_COL_ITEM, "tovar", 1},
	{RR_COL_ITEM, "k\xC3\xB3" "d", 2}, {RR_COL_ITEM, "katalog", 2},
	{RR_COL_DESC, "n\xC3\xA1zev", 0}, {RR_COL_DESC, "nazev", 0},
	{RR_COL_DESC, "n\xC3\xA1zev_zbo\xC5\xBE\xC3\xAD", 0}, {RR_COL_DESC, "nazev_zbozi", 0},
	{RR_COL_DESC, "n\xC3\xA1zev_polo\xC5\xBEky", 0}, {RR_COL_DESC, "nazev_polozky", 0},
	{RR_COL_DESC, "n\xC3\xA1zov", 0}, {RR_COL_DESC, "nazov", 0},
	{RR_COL_DESC, "n\xC3\xA1zov_tovaru", 0}, {RR_COL_DESC, "nazov_tovaru", 0},
	{RR_COL_DESC, "n\xC3\xA1zov_polo\xC5\xBEky", 0}, {RR_COL_DESC, "nazov_polozky", 0},
	{RR_COL_DESC, "n\xC3\xA1zev_1", 0}, {RR_COL_DESC, "nazev_1", 0},
	{RR_COL_DESC, "popis", 1}, {RR_COL_QTY, "mno\xC5\xBEstv\xC3\xAD", 0},
	{RR_COL_QTY, "mnozstvi", 0}, {RR_COL_QTY, "po\xC4\x8D" "et", 0},
	{RR_COL_QTY, "pocet", 0}, {RR_COL_QTY, "mn", 0}, {RR_COL_QTY, "ks", 0},
	{RR_COL_QTY, "mno\xC5\xBEstvo", 0}, {RR_COL_QTY, "mnozstvo", 0},
	{RR_COL_QTY, "po\xC4\x8D" "et_mj", 0}, {RR_COL_QTY, "pocet_mj", 0},
	{RR_COL_QTY, "mno\xC5\xBE", 0}, {RR_COL_QTY, "mnoz", 0},
	{RR_COL_DATE, "datum_vystaven\xC3\xAD", 0}, {RR_COL_DATE, "datum_vystaveni", 0},
	{RR_COL_DATE, "datum_dokladu", 0}, {RR_COL_DATE, "datum_objedn\xC3\xA1vky", 0},
	{RR_COL_DATE, "datum_objednavky", 0}, {RR_COL_DATE, "datum_prodeje", 0},
	{RR_COL_DATE, "d\xC3\xA1tum_vystavenia", 0}, {RR_COL_DATE, "datum_vystavenia", 0},
	{RR_COL_DATE, "d\xC3\xA1tum_objedn\xC3\xA1vky", 0}, {RR_COL_DATE, "vystaveno", 0},
	{RR_COL_DATE, "datum_dok", 0}, {RR_COL_DATE, "d\xC3\xA1tum_vyhotovenia", 0},
	{RR_COL_DATE, "datum_vyhotovenia", 0}, {RR_COL_DATE, "duzp", 1},
	{RR_COL_DATE, "datum_uskute\xC4\x8Dn\xC4\x9Bn\xC3\xAD_pln\xC4\x9Bn\xC3\xAD", 1},
	{RR_COL_DATE, "datum_uskutecneni_plneni", 1},
	{RR_COL_DATE, "d\xC3\xA1tum_dodania", 1}, {RR_COL_DATE, "datum_dodania", 1},
	{RR_COL_PRICE, "jednotkov\xC3\xA1_cena", 0}, {RR_COL_PRICE, "jednotkova_cena", 0},
	{RR_COL_PRICE, "cena_za_mj", 0}, {RR_COL_PRICE, "cena/mj", 0},
	{RR_COL_PRICE, "jedn_cena", 0}, {RR_COL_PRICE, "cena_za_kus", 0},
	{RR_COL_PRICE, "cena_za_jednotku", 0}, {RR_COL_PRICE, "prodejn\xC3\xAD_cena", 1},
	{RR_COL_PRICE, "prodejni_cena", 1}, {RR_COL_PRICE, "predajn\xC3\xA1_cena", 1},
	{RR_COL_PRICE, "predajna_cena", 1}, {RR_COL_AMOUNT, "cena_celkem", 0},
	{RR_COL_AMOUNT, "celkov\xC3\xA1_cena", 0}, {RR_COL_AMOUNT, "celkova_cena", 0},
	{RR_COL_AMOUNT, "cena_spolu", 0}, {RR_COL_COUNTRY, "zem\xC4\x9B", 0},
	{RR_COL_COUNTRY, "zeme", 0}, {RR_COL_COUNTRY, "krajina", 0},
	{RR_COL_STATUS, "stav_objedn\xC3\xA1vky", 0}, {RR_COL_STATUS, "stav_objednavky", 0},
	/* Hungarian (Sz\xC3\xA1ml\xC3\xA1zz.hu, Billingo, Kulcs-Soft): the net unit price and line
	 * value before the gross ones; db (darab, pieces) a last resort */
	{RR_COL_INVOICE, "sz\xC3\xA1mla", 0}, {RR_COL_INVOICE, "szamla", 0},
	{RR_COL_INVOICE, "sz\xC3\xA1mlasz\xC3\xA1m", 0}, {RR_COL_INVOICE, "szamlaszam", 0},
	{RR_COL_INVOICE, "sz\xC3\xA1mla_sz\xC3\xA1ma", 0},
	{RR_COL_INVOICE, "szamla_szama", 0}, {RR_COL_INVOICE, "bizonylatsz\xC3\xA1m", 0},
	{RR_COL_INVOICE, "bizonylatszam", 0},
	{RR_COL_INVOICE, "rendel\xC3\xA9ssz\xC3\xA1m", 0},
	{RR_COL_INVOICE, "rendelesszam", 0},
	{RR_COL_INVOICE, "rendel\xC3\xA9s_azonos\xC3\xADt\xC3\xB3", 0},
	{RR_COL_INVOICE, "rendeles_azonosito", 0}, {RR_COL_INVOICE, "rendel\xC3\xA9s", 0},
	{RR_COL_INVOICE, "rendeles", 0}, {RR_COL_INVOICE, "nyugtasz\xC3\xA1m", 0},
	{RR_COL_INVOICE, "nyugtaszam", 0}, {RR_COL_INVOICE, "bizonylat", 1},
	{RR_COL_INVOICE, "sz\xC3\xA1m", 2}, {RR_COL_INVOICE, "szam", 2},
	{RR_COL_USER, "vev\xC5\x91k\xC3\xB3" "d", 0}, {RR_COL_USER, "vevokod", 0},
	{RR_COL_USER, "vev\xC5\x91_azonos\xC3\xADt\xC3\xB3", 0},
	{RR_COL_USER, "vevo_azonosito", 0},
	{RR_COL_USER, "\xC3\xBCgyf\xC3\xA9lk\xC3\xB3" "d", 0}, {RR_COL_USER, "ugyfelkod", 0},
	{RR_COL_USER, "\xC3\xBCgyf\xC3\xA9l_azonos\xC3\xADt\xC3\xB3", 0},
	{RR_COL_USER, "ugyfel_azonosito", 0}, {RR_COL_USER, "partnerk\xC3\xB3" "d", 0},
	{RR_COL_USER, "partnerkod", 0}, {RR_COL_USER, "partner_azonos\xC3\xADt\xC3\xB3", 0},
	{RR_COL_USER, "partner_azonosito", 0}, {RR_COL_USER, "vev\xC5\x91", 1},
	{RR_COL_USER, "vevo", 1}, {RR_COL_USER, "\xC3\xBCgyf\xC3\xA9l", 1},
	{RR_COL_USER, "ugyfel", 1}, {RR_COL_USER, "v\xC3\xA1s\xC3\xA1rl\xC3\xB3", 1},
	{RR_COL_USER, "vasarlo", 1}, {RR_COL_USER, "megrendel\xC5\x91", 1},
	{RR_COL_USER, "megrendelo", 1},
	{RR_COL_USER, "v\xC3\xA1s\xC3\xA1rl\xC3\xB3_email", 1},
	{RR_COL_USER, "vasarlo_email", 1}, {RR_COL_USER, "vev\xC5\x91_neve", 2},
	{RR_COL_USER, "vevo_neve", 2}, {RR_COL_USER, "\xC3\xBCgyf\xC3\xA9l_neve", 2},
	{RR_COL_USER, "ugyfel_neve", 2}, {RR_COL_USER, "partner_neve", 2},
	{RR_COL_USER, "v\xC3\xA1s\xC3\xA1rl\xC3\xB3_neve", 2},
	{RR_COL_USER, "vasarlo_neve", 2}, {RR_COL_ITEM, "cikksz\xC3\xA1m", 0},
	{RR_COL_ITEM, "cikkszam", 0}, {RR_COL_ITEM, "term\xC3\xA9kk\xC3\xB3" "d", 0},
	{RR_COL_ITEM, "termekkod", 0},
	{RR_COL_ITEM, "term\xC3\xA9k_azonos\xC3\xADt\xC3\xB3", 0},
	{RR_COL_ITEM, "termek_azonosito", 0},
	{RR_COL_ITEM, "term\xC3\xA9k_cikksz\xC3\xA1m", 0},
	{RR_COL_ITEM, "termek_cikkszam", 0}, {RR_COL_ITEM, "term\xC3\xA9k", 1},
	{RR_COL_ITEM, "termek", 1}, {RR_COL_DESC, "megnevez\xC3\xA9s", 0},
	{RR_COL_DESC, "megnevezes", 0}, {RR_COL_DESC, "term\xC3\xA9k_neve", 0},
	{RR_COL_DESC, "termek_neve", 0}, {RR_COL_DESC, "term\xC3\xA9kn\xC3\xA9v", 0},
	{RR_COL_DESC, "termeknev", 0}, {RR_COL_DESC, "t\xC3\xA9tel_megnevez\xC3\xA9se", 0},
	{RR_COL_DESC, "tetel_megnevezese", 0}, {RR_COL_DESC, "le\xC3\xADr\xC3\xA1s", 1},
	{RR_COL_DESC, "leiras", 1}, {RR_COL_QTY, "mennyis\xC3\xA9g", 0},
	{RR_COL_QTY, "mennyiseg", 0}, {RR_COL_QTY, "darab", 0}, {RR_COL_QTY, "menny", 0},
	{RR_COL_QTY, "darabsz\xC3\xA1m", 0}, {RR_COL_QTY, "darabszam", 0},
	{RR_COL_QTY, "db", 2}, {RR_COL_DATE, "d\xC3\xA1tum", 0},
	{RR_COL_DATE, "sz\xC3\xA1mla_kelte", 0}, {RR_COL_DATE, "szamla_kelte", 0},
	{RR_COL_DATE, "ki\xC3\xA1ll\xC3\xADt\xC3\xA1s_d\xC3\xA1tuma", 0},
	{RR_COL_DATE, "kiallitas_datuma", 0},
	{RR_COL_DATE, "rendel\xC3\xA9s_d\xC3\xA1tuma", 0},
	{RR_COL_DATE, "rendeles_datuma", 0}, {RR_COL_DATE, "kelt", 0},
	{RR_COL_DATE, "kelte", 0}, {RR_COL_DATE, "teljes\xC3\xADt\xC3\xA9s_d\xC3\xA1tuma", 1},
	{RR_COL_DATE, "teljesites_datuma", 1}, {RR_COL_DATE, "teljes\xC3\xADt\xC3\xA9s", 1},
	{RR_COL_DATE, "teljesites", 1}, {RR_COL_PRICE, "egys\xC3\xA9g\xC3\xA1r", 0},
	{RR_COL_PRICE, "egysegar", 0},
	{RR_COL_PRICE, "nett\xC3\xB3_egys\xC3\xA9g\xC3\xA1r", 1},
	{RR_COL_PRICE, "netto_egysegar", 1}, {RR_COL_PRICE, "\xC3\xA1r", 1},
	{RR_COL_PRICE, "elad\xC3\xA1si_\xC3\xA1r", 1}, {RR_COL_PRICE, "eladasi_ar", 1},
	{RR_COL_PRICE, "brutt\xC3\xB3_egys\xC3\xA9g\xC3\xA1r", 2},
	{RR_COL_PRICE, "brutto_egysegar", 2},
	{RR_COL_AMOUNT, "nett\xC3\xB3_\xC3\xA9rt\xC3\xA9k", 1},
	{RR_COL_AMOUNT, "netto_ertek", 1},
	{RR_COL_AMOUNT, "brutt\xC3\xB3_\xC3\xA9rt\xC3\xA9k", 2},
	{RR_COL_AMOUNT, "brutto_ertek", 2}, {RR_COL_COUNTRY, "orsz\xC3\xA1g", 0},
	{RR_COL_COUNTRY, "orszag", 0}, {RR_COL_STATUS, "rendel\xC3\xA9s_\xC3\xA1llapota", 0},
	{RR_COL_STATUS, "rendeles_allapota", 0}, {RR_COL_STATUS, "st\xC3\xA1tusz", 1},
	{RR_COL_STATUS, "statusz", 1},
	/* Romanian (SmartBill, Oblio, Saga), also with the cedilla \xC5\x9F and \xC5\xA3 of older
	 * exports: Data is the date (the table's fallback), Cod and Num\xC4\x83r bare fallbacks */
	{RR_COL_INVOICE, "nr_factur\xC4\x83", 0}, {RR_COL_INVOICE, "nr_factura", 0},
	{RR_COL_INVOICE, "num\xC4\x83r_factur\xC4\x83", 0},
	{RR_COL_INVOICE, "numar_factura", 0}, {RR_COL_INVOICE, "comand\xC4\x83", 0},
	{RR_COL_INVOICE, "comanda", 0}, {RR_COL_INVOICE, "nr_comand\xC4\x83", 0},
	{RR_COL_INVOICE, "nr_comanda", 0}, {RR_COL_INVOICE, "num\xC4\x83r_comand\xC4\x83", 0},
	{RR_COL_INVOICE, "numar_comanda", 0}, {RR_COL_INVOICE, "nr_bon", 0},
	{RR_COL_INVOICE, "id_comand\xC4\x83", 0}, {RR_COL_INVOICE, "id_comanda", 0},
	{RR_COL_INVOICE, "num\xC4\x83r_document", 1}, {RR_COL_INVOICE, "numar_document", 1},
	{RR_COL_INVOICE, "nr_document", 1}, {RR_COL_INVOICE, "nr_doc", 1},
	{RR_COL_INVOICE, "num\xC4\x83r", 2}, {RR_COL_INVOICE, "numar", 2},
	{RR_COL_USER, "cod_client", 0}, {RR_COL_USER, "id_client", 0},
	{RR_COL_USER, "cif_client", 0}, {RR_COL_USER, "cui_client", 0},
	{RR_COL_USER, "cod_partener", 0}, {RR_COL_USER, "cump\xC4\x83r\xC4\x83tor", 1},
	{RR_COL_USER, "cumparator", 1}, {RR_COL_USER, "partener", 1},
	{RR_COL_USER, "denumire_client", 2}, {RR_COL_USER, "nume_client", 2},
	{RR_COL_USER, "denumire_partener", 2}, {RR_COL_ITEM, "cod_produs", 0},
	{RR_COL_ITEM, "cod_articol", 0}, {RR_COL_ITEM, "cod_art", 0},
	{RR_COL_ITEM, "kod_art", 0}, {RR_COL_ITEM, "produs", 1}, {RR_COL_ITEM, "articol", 1},
	{RR_COL_DESC, "denumire", 0}, {RR_COL_DESC, "denumire_produs", 0},
	{RR_COL_DESC, "denumire_articol", 0}, {RR_COL_DESC, "nume_produs", 0},
	{RR_COL_DESC, "descriere", 1}, {RR_COL_QTY, "cantitate", 0}, {RR_COL_QTY, "cant", 0},
	{RR_COL_DATE, "data_facturii", 0}, {RR_COL_DATE, "data_factur\xC4\x83", 0},
	{RR_COL_DATE, "data_factura", 0}, {RR_COL_DATE, "data_emiterii", 0},
	{RR_COL_DATE, "data_comenzii", 0}, {RR_COL_DATE, "data_document", 0},
	{RR_COL_DATE, "data_doc", 0}, {RR_COL_DATE, "data_emitere", 0},
	{RR_COL_DATE, "data_comand\xC4\x83", 0}, {RR_COL_DATE, "data_comanda", 0},
	{RR_COL_PRICE, "pre\xC8\x9B", 0}, {RR_COL_PRICE, "pret", 0},
	{RR_COL_PRICE, "pre\xC5\xA3", 0}, {RR_COL_PRICE, "pre\xC8\x9B_unitar", 0},
	{RR_COL_PRICE, "pret_unitar", 0}, {RR_COL_PRICE, "pre\xC5\xA3_unitar", 0},
	{RR_COL_PRICE, "pre\xC8\x9B_v\xC3\xA2nzare", 1}, {RR_COL_PRICE, "pret_vanzare", 1},
	{RR_COL_PRICE, "pre\xC5\xA3_v\xC3\xA2nzare", 1},
	{RR_COL_AMOUNT, "pre\xC8\x9B_total", 0}, {RR_COL_AMOUNT, "pret_total", 0},
	{RR_COL_AMOUNT, "pre\xC5\xA3_total", 0}, {RR_COL_COUNTRY, "\xC8\x9B" "ara", 0},
	{RR_COL_COUNTRY, "tara", 0}, {RR_COL_COUNTRY, "\xC5\xA3" "ara", 0},
	{RR_COL_STATUS, "stare_comand\xC4\x83", 0}, {RR_COL_STATUS, "stare_comanda", 0},
	{RR_COL_STATUS, "status_comand\xC4\x83", 0}, {RR_COL_STATUS, "status_comanda", 0},
	{RR_COL_STATUS, "stare", 1},
	/* Croatian, Serbian, Bosnian and Slovenian in Latin script (Pantheon, Minimax): Kol. the
	 * quantity, \xC5\xA0ifra and Broj (\xC5\xA0tevilka) bare fallbacks; VPC a wholesale (net),
	 * MPC a retail (gross) price */
	{RR_COL_INVOICE, "ra\xC4\x8Dun", 0}, {RR_COL_INVOICE, "racun", 0},
	{RR_COL_INVOICE, "broj_ra\xC4\x8Duna", 0}, {RR_COL_INVOICE, "broj_racuna", 0},
	{RR_COL_INVOICE, "br_ra\xC4\x8Duna", 0}, {RR_COL_INVOICE, "br_racuna", 0},
	{RR_COL_INVOICE, "broj_dokumenta", 0}, {RR_COL_INVOICE, "narud\xC5\xBE" "ba", 0},
	{RR_COL_INVOICE, "narudzba", 0}, {RR_COL_INVOICE, "broj_narud\xC5\xBE" "be", 0},
	{RR_COL_INVOICE, "broj_narudzbe", 0}, {RR_COL_INVOICE, "porud\xC5\xBE" "bina", 0},
	{RR_COL_INVOICE, "porudzbina", 0}, {RR_COL_INVOICE, "broj_porud\xC5\xBE" "bine", 0},
	{RR_COL_INVOICE, "broj_porudzbine", 0}, {RR_COL_INVOICE, "broj_fakture", 0},
	{RR_COL_INVOICE, "\xC5\xA1tevilka_ra\xC4\x8Duna", 0},
	{RR_COL_INVOICE, "stevilka_racuna", 0},
	{RR_COL_INVOICE, "\xC5\xA1tevilka_dokumenta", 0},
	{RR_COL_INVOICE, "stevilka_dokumenta", 0}, {RR_COL_INVOICE, "naro\xC4\x8Dilo", 0},
	{RR_COL_INVOICE, "narocilo", 0},
	{RR_COL_INVOICE, "\xC5\xA1tevilka_naro\xC4\x8Dila", 0},
	{RR_COL_INVOICE, "stevilka_narocila", 0}, {RR_COL_INVOICE, "broj", 2},
	{RR_COL_INVOICE, "\xC5\xA1tevilka", 2}, {RR_COL_INVOICE, "stevilka", 2},
	{RR_COL_USER, "\xC5\xA1ifra_kupca", 0}, {RR_COL_USER, "sifra_kupca", 0},
	{RR_COL_USER, "\xC5\xA1ifra_partnera", 0}, {RR_COL_USER, "sifra_partnera", 0},
	{RR_COL_USER, "kupac", 1}, {RR_COL_USER, "kupec", 1}, {RR_COL_USER, "stranka", 1},
	{RR_COL_USER, "komitent", 1}, {RR_COL_USER, "naro\xC4\x8Dnik", 1},
	{RR_COL_USER, "narocnik", 1}, {RR_COL_USER, "naziv_kupca", 2},
	{RR_COL_USER, "naziv_partnera", 2}, {RR_COL_ITEM, "\xC5\xA1ifra_artikla", 0},
	{RR_COL_ITEM, "sifra_artikla", 0}, {RR_COL_ITEM, "\xC5\xA1ifra_proizvoda", 0},
	{RR_COL_ITEM, "sifra_proizvoda", 0}, {RR_COL_ITEM, "\xC5\xA1ifra_izdelka", 0},
	{RR_COL_ITEM, "sifra_izdelka", 0}, {RR_COL_ITEM, "artikal", 1},
	{RR_COL_ITEM, "artikl", 1}, {RR_COL_ITEM, "proizvod", 1}, {RR_COL_ITEM, "izdelek", 1},
	{RR_COL_ITEM, "\xC5\xA1ifra", 2}, {RR_COL_ITEM, "sifra", 2},
	{RR_COL_DESC, "naziv", 0}, {RR_COL_DESC, "naziv_artikla", 0},
	{RR_COL_DESC, "naziv_proizvoda", 0}, {RR_COL_DESC, "naziv_izdelka", 0},
	{RR_COL_DESC, "opis", 1}, {RR_COL_QTY, "koli\xC4\x8Dina", 0},
	{RR_COL_QTY, "kolicina", 0}, {RR_COL_QTY, "kol", 0}, {RR_COL_QTY, "kom", 1},
	{RR_COL_DATE, "datum_ra\xC4\x8Duna", 0}, {RR_COL_DATE, "datum_racuna", 0},
	{RR_COL_DATE, "datum_dokumenta", 0}, {RR_COL_DATE, "datum_izdavanja", 0},
	{RR_COL_DATE, "datum_izdaje", 0}, {RR_COL_DATE, "datum_narud\xC5\xBE" "be", 0},
	{RR_COL_DATE, "datum_narudzbe", 0}, {RR_COL_PRICE, "cijena", 0},
	{RR_COL_PRICE, "jedini\xC4\x8Dna_cijena", 0}, {RR_COL_PRICE, "jedinicna_cijena", 0},
	{RR_COL_PRICE, "jedini\xC4\x8Dna_cena", 0}, {RR_COL_PRICE, "jedinicna_cena", 0},
	{RR_COL_PRICE, "cena_na_enoto", 0}, {RR_COL_PRICE, "vpc", 1},
	{RR_COL_PRICE, "mpc", 2}, {RR_COL_AMOUNT, "ukupna_cijena", 0},
	{RR_COL_AMOUNT, "ukupna_cena", 0}, {RR_COL_COUNTRY, "dr\xC5\xBE" "ava", 0},
	{RR_COL_COUNTRY, "drzava", 0},
	/* Lithuanian (Rivile), Latvian and Estonian (Merit, Directo): Kodas, Kods and Kood, the
	 * bare numbers Numeris and Numurs fallbacks */
	{RR_COL_INVOICE, "s\xC4\x85skaita", 0}, {RR_COL_INVOICE, "saskaita", 0},
	{RR_COL_INVOICE, "s\xC4\x85skaitos_nr", 0}, {RR_COL_INVOICE, "saskaitos_nr", 0},
	{RR_COL_INVOICE, "s\xC4\x85skaitos_numeris", 0},
	{RR_COL_INVOICE, "saskaitos_numeris", 0}, {RR_COL_INVOICE, "u\xC5\xBEsakymas", 0},
	{RR_COL_INVOICE, "uzsakymas", 0}, {RR_COL_INVOICE, "u\xC5\xBEsakymo_nr", 0},
	{RR_COL_INVOICE, "uzsakymo_nr", 0}, {RR_COL_INVOICE, "u\xC5\xBEsakymo_numeris", 0},
	{RR_COL_INVOICE, "uzsakymo_numeris", 0}, {RR_COL_INVOICE, "r\xC4\x93\xC4\xB7ins", 0},
	{RR_COL_INVOICE, "rekins", 0}, {RR_COL_INVOICE, "r\xC4\x93\xC4\xB7ina_nr", 0},
	{RR_COL_INVOICE, "rekina_nr", 0}, {RR_COL_INVOICE, "r\xC4\x93\xC4\xB7ina_numurs", 0},
	{RR_COL_INVOICE, "rekina_numurs", 0}, {RR_COL_INVOICE, "pas\xC5\xABt\xC4\xABjums", 0},
	{RR_COL_INVOICE, "pasutijums", 0}, {RR_COL_INVOICE, "pas\xC5\xABt\xC4\xABjuma_nr", 0},
	{RR_COL_INVOICE, "pasutijuma_nr", 0}, {RR_COL_INVOICE, "arve", 0},
	{RR_COL_INVOICE, "arve_nr", 0}, {RR_COL_INVOICE, "arve_number", 0},
	{RR_COL_INVOICE, "tellimus", 0}, {RR_COL_INVOICE, "tellimuse_nr", 0},
	{RR_COL_INVOICE, "tellimuse_number", 0}, {RR_COL_INVOICE, "dokumento_nr", 1},
	{RR_COL_INVOICE, "dokumenta_nr", 1}, {RR_COL_INVOICE, "dokumendi_nr", 1},
	{RR_COL_INVOICE, "numeris", 2}, {RR_COL_INVOICE, "numurs", 2},
	{RR_COL_USER, "kliento_kodas", 0}, {RR_COL_USER, "pirk\xC4\x97jo_kodas", 0},
	{RR_COL_USER, "pirkejo_kodas", 0}, {RR_COL_USER, "klienta_kods", 0},
	{RR_COL_USER, "pirc\xC4\x93ja_kods", 0}, {RR_COL_USER, "pirceja_kods", 0},
	{RR_COL_USER, "kliendi_kood", 0}, {RR_COL_USER, "klientas", 1},
	{RR_COL_USER, "pirk\xC4\x97jas", 1}, {RR_COL_USER, "pirkejas", 1},
	{RR_COL_USER, "klients", 1}, {RR_COL_USER, "pirc\xC4\x93js", 1},
	{RR_COL_USER, "pircejs", 1}, {RR_COL_USER, "klient", 1}, {RR_COL_USER, "ostja", 1},
	{RR_COL_USER, "kliento_pavadinimas", 2},
	{RR_COL_USER, "pirk\xC4\x97jo_pavadinimas", 2},
	{RR_COL_USER, "pirkejo_pavadinimas", 2}, {RR_COL_USER, "klienta_nosaukums", 2},
	{RR_COL_USER, "kliendi_nimi", 2}, {RR_COL_USER, "ostja_nimi", 2},
	{RR_COL_USER, "kliento_el_pa\xC5\xA1tas", 1}, {RR_COL_USER, "kliento_el_pastas", 1},
	{RR_COL_ITEM, "prek\xC4\x97s_kodas", 0}, {RR_COL_ITEM, "prekes_kodas", 0},
	{RR_COL_ITEM, "produkto_kodas", 0}, {RR_COL_ITEM, "preces_kods", 0},
	{RR_COL_ITEM, "artikuls", 0}, {RR_COL_ITEM, "artikli_kood", 0},
	{RR_COL_ITEM, "toote_kood", 0}, {RR_COL_ITEM, "tootekood", 0},
	{RR_COL_ITEM, "prek\xC4\x97", 1}, {RR_COL_ITEM, "preke", 1},
	{RR_COL_ITEM, "produktas", 1}, {RR_COL_ITEM, "prece", 1}, {RR_COL_ITEM, "toode", 1},
	{RR_COL_ITEM, "kodas", 2}, {RR_COL_ITEM, "kods", 2}, {RR_COL_ITEM, "kood", 2},
	{RR_COL_DESC, "pavadinimas", 0}, {RR_COL_DESC, "prek\xC4\x97s_pavadinimas", 0},
	{RR_COL_DESC, "prekes_pavadinimas", 0}, {RR_COL_DESC, "nosaukums", 0},
	{RR_COL_DESC, "preces_nosaukums", 0}, {RR_COL_DESC, "nimetus", 0},
	{RR_COL_DESC, "artikli_nimetus", 0}, {RR_COL_DESC, "toote_nimi", 0},
	{RR_COL_DESC, "apra\xC5\xA1ymas", 1}, {RR_COL_DESC, "aprasymas", 1},
	{RR_COL_DESC, "apraksts", 1}, {RR_COL_DESC, "kirjeldus", 1},
	{RR_COL_QTY, "kiekis", 0}, {RR_COL_QTY, "daudzums", 0}, {RR_COL_QTY, "skaits", 0},
	{RR_COL_QTY, "kogus", 0}, {RR_COL_DATE, "s\xC4\x85skaitos_data", 0},
	{RR_COL_DATE, "saskaitos_data", 0}, {RR_COL_DATE, "dokumento_data", 0},
	{RR_COL_DATE, "u\xC5\xBEsakymo_data", 0}, {RR_COL_DATE, "uzsakymo_data", 0},
	{RR_COL_DATE, "i\xC5\xA1ra\xC5\xA1ymo_data", 0}, {RR_COL_DATE, "israsymo_data", 0},
	{RR_COL_DATE, "datums", 0}, {RR_COL_DATE, "r\xC4\x93\xC4\xB7ina_datums", 0},
	{RR_COL_DATE, "rekina_datums", 0}, {RR_COL_DATE, "dokumenta_datums", 0},
	{RR_COL_DATE, "pas\xC5\xABt\xC4\xABjuma_datums", 0},
	{RR_COL_DATE, "pasutijuma_datums", 0}, {RR_COL_DATE, "kuup\xC3\xA4" "ev", 0},
	{RR_COL_DATE, "kuupaev", 0}, {RR_COL_DATE, "arve_kuup\xC3\xA4" "ev", 0},
	{RR_COL_DATE, "arve_kuupaev", 0}, {RR_COL_DATE, "tellimuse_kuup\xC3\xA4" "ev", 0},
	{RR_COL_DATE, "tellimuse_kuupaev", 0}, {RR_COL_PRICE, "kaina", 0},
	{RR_COL_PRICE, "vieneto_kaina", 0}, {RR_COL_PRICE, "vnt_kaina", 0},
	{RR_COL_PRICE, "vien\xC4\xAB" "bas_cena", 0}, {RR_COL_PRICE, "vienibas_cena", 0},
	{RR_COL_PRICE, "hind", 0}, {RR_COL_PRICE, "\xC3\xBChiku_hind", 0},
	{RR_COL_PRICE, "uhiku_hind", 0}, {RR_COL_PRICE, "\xC3\xBChikuhind", 0},
	{RR_COL_PRICE, "uhikuhind", 0}, {RR_COL_PRICE, "m\xC3\xBC\xC3\xBCgihind", 1},
	{RR_COL_PRICE, "muugihind", 1}, {RR_COL_COUNTRY, "\xC5\xA1" "alis", 0},
	{RR_COL_COUNTRY, "salis", 0}, {RR_COL_COUNTRY, "valsts", 0},
	{RR_COL_COUNTRY, "riik", 0}, {RR_COL_STATUS, "b\xC5\xABsena", 1},
	{RR_COL_STATUS, "busena", 1}, {RR_COL_STATUS, "statuss", 1},
	/* Finnish beyond the Nordic block's (Netvisor, Procountor): the invoice, order, customer
	 * code, item code, piece count (Kpl), invoice date (Pvm) and \xC3\xA0-price */
	{RR_COL_INVOICE, "lasku", 0}, {RR_COL_INVOICE, "laskun_numero", 0},
	{RR_COL_INVOICE, "tilaus", 0}, {RR_COL_INVOICE, "tilauksen_numero", 0},
	{RR_COL_USER, "asiakastunnus", 0}, {RR_COL_USER, "asiakaskoodi", 0},
	{RR_COL_USER, "asiakkaan_nimi", 2}, {RR_COL_ITEM, "nimikekoodi", 0},
	{RR_COL_ITEM, "nimikenumero", 0}, {RR_COL_DESC, "tuotteen_nimi", 0},
	{RR_COL_QTY, "kappalem\xC3\xA4\xC3\xA4r\xC3\xA4", 0}, {RR_COL_QTY, "kappalemaara", 0},
	{RR_COL_QTY, "kpl", 1},
	{RR_COL_DATE, "laskun_p\xC3\xA4iv\xC3\xA4m\xC3\xA4\xC3\xA4r\xC3\xA4", 0},
	{RR_COL_DATE, "laskun_paivamaara", 0}, {RR_COL_DATE, "laskup\xC3\xA4iv\xC3\xA4", 0},
	{RR_COL_DATE, "laskupaiva", 0}, {RR_COL_DATE, "pvm", 0},
	{RR_COL_DATE, "p\xC3\xA4iv\xC3\xA4ys", 0}, {RR_COL_DATE, "paivays", 0},
	{RR_COL_PRICE, "\xC3\xA0-hinta", 0}, {RR_COL_PRICE, "a-hinta", 0},
	{RR_COL_COUNTRY, "maa", 0},
	/* Greek (SoftOne, Epsilon, Entersoft; the tonos and the final sigma fold away):
	 * \xCE\x91\xCF\x81\xCE\xB9\xCE\xB8\xCE\xBC\xCF\x8C\xCF\x82 and
	 * \xCE\x9A\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82 bare fallbacks */
	{RR_COL_INVOICE, "\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB8\xCE\xBC\xCF\x8C\xCF\x82_\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCF\x83\xCF\x84\xCE\xB1\xCF\x84\xCE\xB9\xCE\xBA\xCE\xBF\xCF\x8D", 0},
	{RR_COL_INVOICE, "\xCE\xB1\xCF\x81_\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCF\x83\xCF\x84\xCE\xB1\xCF\x84\xCE\xB9\xCE\xBA\xCE\xBF\xCF\x8D", 0},
	{RR_COL_INVOICE, "\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB8\xCE\xBC\xCF\x8C\xCF\x82_\xCF\x84\xCE\xB9\xCE\xBC\xCE\xBF\xCE\xBB\xCE\xBF\xCE\xB3\xCE\xAF\xCE\xBF\xCF\x85", 0},
	{RR_COL_INVOICE, "\xCE\xB1\xCF\x81_\xCF\x84\xCE\xB9\xCE\xBC\xCE\xBF\xCE\xBB\xCE\xBF\xCE\xB3\xCE\xAF\xCE\xBF\xCF\x85", 0},
	{RR_COL_INVOICE, "\xCF\x84\xCE\xB9\xCE\xBC\xCE\xBF\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xB9\xCE\xBF", 0},
	{RR_COL_INVOICE, "\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB8\xCE\xBC\xCF\x8C\xCF\x82_\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCE\xB3\xCE\xB3\xCE\xB5\xCE\xBB\xCE\xAF\xCE\xB1\xCF\x82", 0},
	{RR_COL_INVOICE, "\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCE\xB3\xCE\xB3\xCE\xB5\xCE\xBB\xCE\xAF\xCE\xB1", 0},
	{RR_COL_INVOICE, "\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCF\x83\xCF\x84\xCE\xB1\xCF\x84\xCE\xB9\xCE\xBA\xCF\x8C", 1},
	{RR_COL_INVOICE, "\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB8\xCE\xBC\xCF\x8C\xCF\x82", 2},
	{RR_COL_USER, "\xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82_\xCF\x80\xCE\xB5\xCE\xBB\xCE\xAC\xCF\x84\xCE\xB7", 0},
	{RR_COL_USER, "\xCE\xBA\xCF\x89\xCE\xB4_\xCF\x80\xCE\xB5\xCE\xBB\xCE\xAC\xCF\x84\xCE\xB7", 0},
	{RR_COL_USER, "\xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82_\xCF\x83\xCF\x85\xCE\xBD\xCE\xB1\xCE\xBB\xCE\xBB\xCE\xB1\xCF\x83\xCF\x83\xCF\x8C\xCE\xBC\xCE\xB5\xCE\xBD\xCE\xBF\xCF\x85", 0},
	{RR_COL_USER, "\xCF\x80\xCE\xB5\xCE\xBB\xCE\xAC\xCF\x84\xCE\xB7\xCF\x82", 1},
	{RR_COL_USER, "\xCE\xB1\xCE\xB3\xCE\xBF\xCF\x81\xCE\xB1\xCF\x83\xCF\x84\xCE\xAE\xCF\x82", 1},
	{RR_COL_USER, "\xCF\x83\xCF\x85\xCE\xBD\xCE\xB1\xCE\xBB\xCE\xBB\xCE\xB1\xCF\x83\xCF\x83\xCF\x8C\xCE\xBC\xCE\xB5\xCE\xBD\xCE\xBF\xCF\x82", 1},
	{RR_COL_USER, "\xCE\xB5\xCF\x80\xCF\x89\xCE\xBD\xCF\x85\xCE\xBC\xCE\xAF\xCE\xB1_\xCF\x80\xCE\xB5\xCE\xBB\xCE\xAC\xCF\x84\xCE\xB7", 2},
	{RR_COL_USER, "\xCE\xB5\xCF\x80\xCF\x89\xCE\xBD\xCF\x85\xCE\xBC\xCE\xAF\xCE\xB1", 2},
	{RR_COL_ITEM, "\xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82_\xCE\xB5\xCE\xAF\xCE\xB4\xCE\xBF\xCF\x85\xCF\x82", 0},
	{RR_COL_ITEM, "\xCE\xBA\xCF\x89\xCE\xB4_\xCE\xB5\xCE\xAF\xCE\xB4\xCE\xBF\xCF\x85\xCF\x82", 0},
	{RR_COL_ITEM, "\xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82_\xCF\x80\xCF\x81\xCE\xBF\xCF\x8A\xCF\x8C\xCE\xBD\xCF\x84\xCE\xBF\xCF\x82", 0},
	{RR_COL_ITEM, "\xCE\xB5\xCE\xAF\xCE\xB4\xCE\xBF\xCF\x82", 1},
	{RR_COL_ITEM, "\xCF\x80\xCF\x81\xCE\xBF\xCF\x8A\xCF\x8C\xCE\xBD", 1},
	{RR_COL_ITEM, "\xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82", 2},
	{RR_COL_DESC, "\xCF\x80\xCE\xB5\xCF\x81\xCE\xB9\xCE\xB3\xCF\x81\xCE\xB1\xCF\x86\xCE\xAE", 0},
	{RR_COL_DESC, "\xCF\x80\xCE\xB5\xCF\x81\xCE\xB9\xCE\xB3\xCF\x81\xCE\xB1\xCF\x86\xCE\xAE_\xCE\xB5\xCE\xAF\xCE\xB4\xCE\xBF\xCF\x85\xCF\x82", 0},
	{RR_COL_DESC, "\xCF\x8C\xCE\xBD\xCE\xBF\xCE\xBC\xCE\xB1_\xCF\x80\xCF\x81\xCE\xBF\xCF\x8A\xCF\x8C\xCE\xBD\xCF\x84\xCE\xBF\xCF\x82", 0},
	{RR_COL_QTY, "\xCF\x80\xCE\xBF\xCF\x83\xCF\x8C\xCF\x84\xCE\xB7\xCF\x84\xCE\xB1", 0},
	{RR_COL_QTY, "\xCF\x80\xCE\xBF\xCF\x83", 0},
	{RR_COL_QTY, "\xCF\x84\xCE\xB5\xCE\xBC\xCE\xAC\xCF\x87\xCE\xB9\xCE\xB1", 0},
	{RR_COL_DATE, "\xCE\xB7\xCE\xBC\xCE\xB5\xCF\x81\xCE\xBF\xCE\xBC\xCE\xB7\xCE\xBD\xCE\xAF\xCE\xB1", 0},
	{RR_COL_DATE, "\xCE\xB7\xCE\xBC/\xCE\xBD\xCE\xAF\xCE\xB1", 0},
	{RR_COL_DATE, "\xCE\xB7\xCE\xBC\xCE\xB5\xCF\x81\xCE\xBF\xCE\xBC\xCE\xB7\xCE\xBD\xCE\xAF\xCE\xB1_\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCF\x83\xCF\x84\xCE\xB1\xCF\x84\xCE\xB9\xCE\xBA\xCE\xBF\xCF\x8D", 0},
	{RR_COL_DATE, "\xCE\xB7\xCE\xBC\xCE\xB5\xCF\x81\xCE\xBF\xCE\xBC\xCE\xB7\xCE\xBD\xCE\xAF\xCE\xB1_\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCE\xB3\xCE\xB3\xCE\xB5\xCE\xBB\xCE\xAF\xCE\xB1\xCF\x82", 0},
	{RR_COL_DATE, "\xCE\xB7\xCE\xBC\xCE\xB5\xCF\x81\xCE\xBF\xCE\xBC\xCE\xB7\xCE\xBD\xCE\xAF\xCE\xB1_\xCE\xAD\xCE\xBA\xCE\xB4\xCE\xBF\xCF\x83\xCE\xB7\xCF\x82", 0},
	{RR_COL_PRICE, "\xCF\x84\xCE\xB9\xCE\xBC\xCE\xAE", 0},
	{RR_COL_PRICE, "\xCF\x84\xCE\xB9\xCE\xBC\xCE\xAE_\xCE\xBC\xCE\xBF\xCE\xBD\xCE\xAC\xCE\xB4\xCE\xB1\xCF\x82", 0},
	{RR_COL_PRICE, "\xCF\x84\xCE\xB9\xCE\xBC\xCE\xAE_\xCE\xBC\xCE\xBF\xCE\xBD", 0},
	{RR_COL_PRICE, "\xCF\x84\xCE\xB9\xCE\xBC\xCE\xAE_\xCF\x80\xCF\x8E\xCE\xBB\xCE\xB7\xCF\x83\xCE\xB7\xCF\x82", 1},
	{RR_COL_AMOUNT, "\xCE\xBA\xCE\xB1\xCE\xB8\xCE\xB1\xCF\x81\xCE\xAE_\xCE\xB1\xCE\xBE\xCE\xAF\xCE\xB1", 1},
	{RR_COL_COUNTRY, "\xCF\x87\xCF\x8E\xCF\x81\xCE\xB1", 0},
	{RR_COL_STATUS, "\xCE\xBA\xCE\xB1\xCF\x84\xCE\xAC\xCF\x83\xCF\x84\xCE\xB1\xCF\x83\xCE\xB7_\xCF\x80\xCE\xB1\xCF\x81\xCE\xB1\xCE\xB3\xCE\xB3\xCE\xB5\xCE\xBB\xCE\xAF\xCE\xB1\xCF\x82", 0},
	/* Bulgarian (Microinvest, Ajur) and Ukrainian (1C, BAS, M.E.Doc) beside the Russian names:
	 * \xD0\x9A-\xD0\xB2\xD0\xBE and \xD0\x9A\xD0\xBE\xD0\xBB. the quantity; Russian's client,
	 * goods and description too */
	{RR_COL_INVOICE, "\xD1\x84\xD0\xB0\xD0\xBA\xD1\x82\xD1\x83\xD1\x80\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD0\xBD\xD0\xB0_\xD1\x84\xD0\xB0\xD0\xBA\xD1\x82\xD1\x83\xD1\x80\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xE2\x84\x96_\xD0\xBD\xD0\xB0_\xD1\x84\xD0\xB0\xD0\xBA\xD1\x82\xD1\x83\xD1\x80\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xD0\xBF\xD0\xBE\xD1\x80\xD1\x8A\xD1\x87\xD0\xBA\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD0\xBD\xD0\xB0_\xD0\xBF\xD0\xBE\xD1\x80\xD1\x8A\xD1\x87\xD0\xBA\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD0\xB7\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F", 0},
	{RR_COL_INVOICE, "\xE2\x84\x96_\xD0\xB7\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F", 0},
	{RR_COL_INVOICE, "\xD0\xB7\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F", 0},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD0\xBD\xD0\xB0_\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82", 1},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0", 1},
	{RR_COL_USER, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBD\xD0\xB0_\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82", 0},
	{RR_COL_USER, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBA\xD0\xBB\xD1\x96\xD1\x94\xD0\xBD\xD1\x82\xD0\xB0", 0},
	{RR_COL_USER, "\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82", 1},
	{RR_COL_USER, "\xD0\xBA\xD0\xBB\xD1\x96\xD1\x94\xD0\xBD\xD1\x82", 1},
	{RR_COL_USER, "\xD0\xBA\xD1\x83\xD0\xBF\xD1\x83\xD0\xB2\xD0\xB0\xD1\x87", 1},
	{RR_COL_USER, "\xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD1\x8C\xD0\xBE\xD1\x80", 1},
	{RR_COL_USER, "\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB5\xD1\x86\xD1\x8C", 1},
	{RR_COL_USER, "\xD0\xB8\xD0\xBC\xD0\xB5_\xD0\xBD\xD0\xB0_\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82", 2},
	{RR_COL_ITEM, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBD\xD0\xB0_\xD1\x81\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB0", 0},
	{RR_COL_ITEM, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBD\xD0\xB0_\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD1\x83\xD0\xBB", 0},
	{RR_COL_ITEM, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBD\xD0\xB0_\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD1\x83\xD0\xBA\xD1\x82", 0},
	{RR_COL_ITEM, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD1\x83", 0},
	{RR_COL_ITEM, "\xD1\x81\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB0", 1},
	{RR_COL_ITEM, "\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80", 1},
	{RR_COL_ITEM, "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD1\x83\xD0\xBA\xD1\x82", 1},
	{RR_COL_DESC, "\xD0\xB8\xD0\xBC\xD0\xB5_\xD0\xBD\xD0\xB0_\xD1\x81\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB0", 0},
	{RR_COL_DESC, "\xD0\xB8\xD0\xBC\xD0\xB5_\xD0\xBD\xD0\xB0_\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD1\x83\xD0\xBA\xD1\x82", 0},
	{RR_COL_DESC, "\xD0\xB8\xD0\xBC\xD0\xB5_\xD0\xBD\xD0\xB0_\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD1\x83\xD0\xBB", 0},
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB2\xD0\xB0", 0},
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB2\xD0\xB0_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD1\x83", 0},
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB9\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x83\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8F", 0},
	{RR_COL_DESC, "\xD0\xBE\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5", 1},
	{RR_COL_DESC, "\xD0\xBE\xD0\xBF\xD0\xB8\xD1\x81", 1},
	{RR_COL_QTY, "\xD0\xBA-\xD0\xB2\xD0\xBE", 0},
	{RR_COL_QTY, "\xD0\xBA\xD0\xBE\xD0\xBB", 0},
	{RR_COL_QTY, "\xD0\xBA\xD1\x96\xD0\xBB\xD1\x8C\xD0\xBA\xD1\x96\xD1\x81\xD1\x82\xD1\x8C", 0},
	{RR_COL_QTY, "\xD0\xBA-\xD1\x81\xD1\x82\xD1\x8C", 0},
	{RR_COL_QTY, "\xD0\xB1\xD1\x80\xD0\xBE\xD0\xB9", 1},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0_\xD0\xBD\xD0\xB0_\xD1\x84\xD0\xB0\xD0\xBA\xD1\x82\xD1\x83\xD1\x80\xD0\xB0", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0_\xD0\xBD\xD0\xB0_\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0_\xD0\xBD\xD0\xB0_\xD0\xBF\xD0\xBE\xD1\x80\xD1\x8A\xD1\x87\xD0\xBA\xD0\xB0", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0_\xD0\xB7\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0_\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0", 0},
	{RR_COL_PRICE, "\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x87\xD0\xBD\xD0\xB0_\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0", 0},
	{RR_COL_PRICE, "\xD0\xB5\xD0\xB4_\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0", 0},
	{RR_COL_PRICE, "\xD1\x86\xD1\x96\xD0\xBD\xD0\xB0", 0},
	{RR_COL_PRICE, "\xD1\x86\xD1\x96\xD0\xBD\xD0\xB0_\xD0\xB7\xD0\xB0_\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x86\xD1\x8E", 0},
	{RR_COL_PRICE, "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB6\xD0\xBD\xD0\xB0_\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0", 1},
	{RR_COL_COUNTRY, "\xD0\xB4\xD1\x8A\xD1\x80\xD0\xB6\xD0\xB0\xD0\xB2\xD0\xB0", 0},
	{RR_COL_COUNTRY, "\xD0\xBA\xD1\x80\xD0\xB0\xD1\x97\xD0\xBD\xD0\xB0", 0},
	/* Hebrew (Priority): \xD7\x9E\xD7\xA7"\xD7\x98 the item's catalogue number, its gershayim
	 * as typed or as \xD7\xB4 */
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8_\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA", 0},
	{RR_COL_INVOICE, "\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA", 0},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1'_\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA", 0},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1\xD7\xB3_\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA", 0},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8_\xD7\x94\xD7\x96\xD7\x9E\xD7\xA0\xD7\x94", 0},
	{RR_COL_INVOICE, "\xD7\x94\xD7\x96\xD7\x9E\xD7\xA0\xD7\x94", 0},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1'_\xD7\x94\xD7\x96\xD7\x9E\xD7\xA0\xD7\x94", 0},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1\xD7\xB3_\xD7\x94\xD7\x96\xD7\x9E\xD7\xA0\xD7\x94", 0},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8_\xD7\x9E\xD7\xA1\xD7\x9E\xD7\x9A", 1},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8", 2},
	{RR_COL_USER, "\xD7\x9C\xD7\xA7\xD7\x95\xD7\x97", 1},
	{RR_COL_USER, "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8_\xD7\x9C\xD7\xA7\xD7\x95\xD7\x97", 0},
	{RR_COL_USER, "\xD7\xA7\xD7\x95\xD7\x93_\xD7\x9C\xD7\xA7\xD7\x95\xD7\x97", 0},
	{RR_COL_USER, "\xD7\x9E\xD7\xA1'_\xD7\x9C\xD7\xA7\xD7\x95\xD7\x97", 0},
	{RR_COL_USER, "\xD7\x9E\xD7\xA1\xD7\xB3_\xD7\x9C\xD7\xA7\xD7\x95\xD7\x97", 0},
	{RR_COL_USER, "\xD7\xA9\xD7\x9D_\xD7\x9C\xD7\xA7\xD7\x95\xD7\x97", 2},
	{RR_COL_ITEM, "\xD7\x9E\xD7\xA7\"\xD7\x98", 0},
	{RR_COL_ITEM, "\xD7\x9E\xD7\xA7\xD7\xB4\xD7\x98", 0},
	{RR_COL_ITEM, "\xD7\x9E\xD7\xA7\xD7\x98", 0},
	{RR_COL_ITEM, "\xD7\xA7\xD7\x95\xD7\x93_\xD7\xA4\xD7\xA8\xD7\x99\xD7\x98", 0},
	{RR_COL_ITEM, "\xD7\xA7\xD7\x95\xD7\x93_\xD7\x9E\xD7\x95\xD7\xA6\xD7\xA8", 0},
	{RR_COL_ITEM, "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8_\xD7\xA4\xD7\xA8\xD7\x99\xD7\x98", 0},
	{RR_COL_ITEM, "\xD7\xA4\xD7\xA8\xD7\x99\xD7\x98", 1},
	{RR_COL_ITEM, "\xD7\x9E\xD7\x95\xD7\xA6\xD7\xA8", 1},
	{RR_COL_DESC, "\xD7\xAA\xD7\x99\xD7\x90\xD7\x95\xD7\xA8", 0},
	{RR_COL_DESC, "\xD7\xAA\xD7\x90\xD7\x95\xD7\xA8", 0},
	{RR_COL_DESC, "\xD7\xAA\xD7\x99\xD7\x90\xD7\x95\xD7\xA8_\xD7\xA4\xD7\xA8\xD7\x99\xD7\x98", 0},
	{RR_COL_DESC, "\xD7\xAA\xD7\x90\xD7\x95\xD7\xA8_\xD7\xA4\xD7\xA8\xD7\x99\xD7\x98", 0},
	{RR_COL_DESC, "\xD7\xA9\xD7\x9D_\xD7\xA4\xD7\xA8\xD7\x99\xD7\x98", 0},
	{RR_COL_DESC, "\xD7\xA9\xD7\x9D_\xD7\x9E\xD7\x95\xD7\xA6\xD7\xA8", 0},
	{RR_COL_DESC, "\xD7\xAA\xD7\x90\xD7\x95\xD7\xA8_\xD7\x9E\xD7\x95\xD7\xA6\xD7\xA8", 0},
	{RR_COL_DESC, "\xD7\xAA\xD7\x99\xD7\x90\xD7\x95\xD7\xA8_\xD7\x9E\xD7\x95\xD7\xA6\xD7\xA8", 0},
	{RR_COL_QTY, "\xD7\x9B\xD7\x9E\xD7\x95\xD7\xAA", 0},
	{RR_COL_DATE, "\xD7\xAA\xD7\x90\xD7\xA8\xD7\x99\xD7\x9A", 0},
	{RR_COL_DATE, "\xD7\xAA\xD7\x90\xD7\xA8\xD7\x99\xD7\x9A_\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA", 0},
	{RR_COL_DATE, "\xD7\xAA\xD7\x90\xD7\xA8\xD7\x99\xD7\x9A_\xD7\x94\xD7\x96\xD7\x9E\xD7\xA0\xD7\x94", 0},
	{RR_COL_DATE, "\xD7\xAA\xD7\x90\xD7\xA8\xD7\x99\xD7\x9A_\xD7\x9E\xD7\xA1\xD7\x9E\xD7\x9A", 0},
	{RR_COL_PRICE, "\xD7\x9E\xD7\x97\xD7\x99\xD7\xA8", 0},
	{RR_COL_PRICE, "\xD7\x9E\xD7\x97\xD7\x99\xD7\xA8_\xD7\x9C\xD7\x99\xD7\x97\xD7\x99\xD7\x93\xD7\x94", 0},
	{RR_COL_PRICE, "\xD7\x9E\xD7\x97\xD7\x99\xD7\xA8_\xD7\x99\xD7\x97\xD7\x99\xD7\x93\xD7\x94", 0},
	{RR_COL_COUNTRY, "\xD7\x9E\xD7\x93\xD7\x99\xD7\xA0\xD7\x94", 0},
	{RR_COL_STATUS, "\xD7\xA1\xD7\x98\xD7\x98\xD7\x95\xD7\xA1_\xD7\x94\xD7\x96\xD7\x9E\xD7\xA0\xD7\x94", 0},
	/* Arabic accounting exports beside the shops' (the customer, the invoice, the item by its
	 * code, the description), and Persian (Hesabfa, Sepidar), its yeh and kaf also written as
	 * Arabic's */
	{RR_COL_INVOICE, "\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9", 0},
	{RR_COL_INVOICE, "\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9", 0},
	{RR_COL_INVOICE, "\xD8\xB1\xD9\x82\xD9\x85_\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9_\xD8\xA7\xD9\x84\xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD9\x8A\xD8\xA9", 0},
	{RR_COL_INVOICE, "\xD8\xB1\xD9\x82\xD9\x85_\xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xAA\xD9\x86\xD8\xAF", 1},
	{RR_COL_USER, "\xD9\x83\xD9\x88\xD8\xAF_\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84", 0},
	{RR_COL_USER, "\xD8\xB1\xD9\x85\xD8\xB2_\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84", 0},
	{RR_COL_USER, "\xD8\xB1\xD9\x82\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB2\xD8\xA8\xD9\x88\xD9\x86", 0},
	{RR_COL_USER, "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84", 1},
	{RR_COL_USER, "\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84", 1},
	{RR_COL_USER, "\xD8\xA7\xD9\x84\xD8\xB2\xD8\xA8\xD9\x88\xD9\x86", 1},
	{RR_COL_USER, "\xD8\xA7\xD8\xB3\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB2\xD8\xA8\xD9\x88\xD9\x86", 2},
	{RR_COL_ITEM, "\xD9\x83\xD9\x88\xD8\xAF_\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC", 0},
	{RR_COL_ITEM, "\xD9\x83\xD9\x88\xD8\xAF_\xD8\xA7\xD9\x84\xD8\xB5\xD9\x86\xD9\x81", 0},
	{RR_COL_ITEM, "\xD8\xB1\xD9\x85\xD8\xB2_\xD8\xA7\xD9\x84\xD8\xB5\xD9\x86\xD9\x81", 0},
	{RR_COL_ITEM, "\xD8\xB1\xD9\x82\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB5\xD9\x86\xD9\x81", 0},
	{RR_COL_ITEM, "\xD8\xA7\xD9\x84\xD8\xB5\xD9\x86\xD9\x81", 1},
	{RR_COL_ITEM, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC", 1},
	{RR_COL_DESC, "\xD8\xA7\xD8\xB3\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB5\xD9\x86\xD9\x81", 0},
	{RR_COL_DESC, "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB5\xD9\x81", 1},
	{RR_COL_QTY, "\xD9\x83\xD9\x85\xD9\x8A\xD8\xA9", 0},
	{RR_COL_DATE, "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE", 0},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE", 0},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9", 0},
	/* t85 F23: a Saudi ERP's two dates, Gregorian (\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A, or
	 * \xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A alone) and Hijri (\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE \xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A): the Gregorian one is the date,
	 * the Hijri one a fallback's below it, read when alone (and then named with its
	 * --calendar); both below the bare \xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE, whose Gregorian neighbour
	 * gregorian_beside takes (t80 F34) */
	{RR_COL_DATE, "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A", 1},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A", 1},
	{RR_COL_DATE, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A", 1},
	{RR_COL_DATE, "\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A", 1},
	{RR_COL_DATE, "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A", 2},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A", 2},
	{RR_COL_PRICE, "\xD8\xB3\xD8\xB9\xD8\xB1", 1},
	{RR_COL_COUNTRY, "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84\xD8\xA9", 0},
	{RR_COL_COUNTRY, "\xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF", 0},
	{RR_COL_INVOICE, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87_\xD9\x81\xD8\xA7\xDA\xA9\xD8\xAA\xD9\x88\xD8\xB1", 0},
	{RR_COL_INVOICE, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87_\xD9\x81\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xB1", 0},
	{RR_COL_INVOICE, "\xD9\x81\xD8\xA7\xDA\xA9\xD8\xAA\xD9\x88\xD8\xB1", 0},
	{RR_COL_INVOICE, "\xD9\x81\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xB1", 0},
	{RR_COL_INVOICE, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87_\xD8\xB3\xD9\x81\xD8\xA7\xD8\xB1\xD8\xB4", 0},
	{RR_COL_INVOICE, "\xD8\xB3\xD9\x81\xD8\xA7\xD8\xB1\xD8\xB4", 0},
	{RR_COL_USER, "\xDA\xA9\xD8\xAF_\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xDB\x8C", 0},
	{RR_COL_USER, "\xD9\x83\xD8\xAF_\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x8A", 0},
	{RR_COL_USER, "\xDA\xA9\xD8\xAF_\xD8\xB7\xD8\xB1\xD9\x81_\xD8\xAD\xD8\xB3\xD8\xA7\xD8\xA8", 0},
	{RR_COL_USER, "\xD9\x83\xD8\xAF_\xD8\xB7\xD8\xB1\xD9\x81_\xD8\xAD\xD8\xB3\xD8\xA7\xD8\xA8", 0},
	{RR_COL_USER, "\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xDB\x8C", 1},
	{RR_COL_USER, "\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x8A", 1},
	{RR_COL_USER, "\xD8\xB7\xD8\xB1\xD9\x81_\xD8\xAD\xD8\xB3\xD8\xA7\xD8\xA8", 1},
	{RR_COL_USER, "\xD8\xAE\xD8\xB1\xDB\x8C\xD8\xAF\xD8\xA7\xD8\xB1", 1},
	{RR_COL_USER, "\xD8\xAE\xD8\xB1\xD9\x8A\xD8\xAF\xD8\xA7\xD8\xB1", 1},
	{RR_COL_USER, "\xD9\x86\xD8\xA7\xD9\x85_\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xDB\x8C", 2},
	{RR_COL_USER, "\xD9\x86\xD8\xA7\xD9\x85_\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x8A", 2},
	{RR_COL_ITEM, "\xDA\xA9\xD8\xAF_\xDA\xA9\xD8\xA7\xD9\x84\xD8\xA7", 0},
	{RR_COL_ITEM, "\xD9\x83\xD8\xAF_\xD9\x83\xD8\xA7\xD9\x84\xD8\xA7", 0},
	{RR_COL_ITEM, "\xDA\xA9\xD8\xAF_\xD9\x85\xD8\xAD\xD8\xB5\xD9\x88\xD9\x84", 0},
	{RR_COL_ITEM, "\xD9\x83\xD8\xAF_\xD9\x85\xD8\xAD\xD8\xB5\xD9\x88\xD9\x84", 0},
	{RR_COL_ITEM, "\xDA\xA9\xD8\xA7\xD9\x84\xD8\xA7", 1},
	{RR_COL_ITEM, "\xD9\x83\xD8\xA7\xD9\x84\xD8\xA7", 1},
	{RR_COL_ITEM, "\xD9\x85\xD8\xAD\xD8\xB5\xD9\x88\xD9\x84", 1},
	{RR_COL_DESC, "\xD8\xB4\xD8\xB1\xD8\xAD", 0},
	{RR_COL_DESC, "\xD8\xB4\xD8\xB1\xD8\xAD_\xDA\xA9\xD8\xA7\xD9\x84\xD8\xA7", 0},
	{RR_COL_DESC, "\xD8\xB4\xD8\xB1\xD8\xAD_\xD9\x83\xD8\xA7\xD9\x84\xD8\xA7", 0},
	{RR_COL_DESC, "\xD9\x86\xD8\xA7\xD9\x85_\xDA\xA9\xD8\xA7\xD9\x84\xD8\xA7", 0},
	{RR_COL_DESC, "\xD9\x86\xD8\xA7\xD9\x85_\xD9\x83\xD8\xA7\xD9\x84\xD8\xA7", 0},
	{RR_COL_DESC, "\xD9\x86\xD8\xA7\xD9\x85_\xD9\x85\xD8\xAD\xD8\xB5\xD9\x88\xD9\x84", 0},
	{RR_COL_QTY, "\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF", 0},
	{RR_COL_QTY, "\xD9\x85\xD9\x82\xD8\xAF\xD8\xA7\xD8\xB1", 0},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE", 0},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE_\xD9\x81\xD8\xA7\xDA\xA9\xD8\xAA\xD9\x88\xD8\xB1", 0},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD9\x81\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xB1", 0},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE_\xD8\xB3\xD9\x81\xD8\xA7\xD8\xB1\xD8\xB4", 0},
	{RR_COL_DATE, "\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE_\xD8\xB3\xD9\x81\xD8\xA7\xD8\xB1\xD8\xB4", 0},
	{RR_COL_PRICE, "\xD9\x82\xDB\x8C\xD9\x85\xD8\xAA", 0},
	{RR_COL_PRICE, "\xD9\x82\xD9\x8A\xD9\x85\xD8\xAA", 0},
	{RR_COL_PRICE, "\xD9\x82\xDB\x8C\xD9\x85\xD8\xAA_\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF", 0},
	{RR_COL_PRICE, "\xD9\x82\xD9\x8A\xD9\x85\xD8\xAA_\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF", 0},
	{RR_COL_PRICE, "\xD9\x85\xD8\xA8\xD9\x84\xD8\xBA_\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF", 0},
	{RR_COL_PRICE, "\xD9\x81\xDB\x8C", 1}, {RR_COL_PRICE, "\xD9\x81\xD9\x8A", 1},
	{RR_COL_AMOUNT, "\xD9\x85\xD8\xA8\xD9\x84\xD8\xBA_\xDA\xA9\xD9\x84", 0},
	{RR_COL_AMOUNT, "\xD9\x85\xD8\xA8\xD9\x84\xD8\xBA_\xD9\x83\xD9\x84", 0},
	{RR_COL_COUNTRY, "\xDA\xA9\xD8\xB4\xD9\x88\xD8\xB1", 0},
	{RR_COL_COUNTRY, "\xD9\x83\xD8\xB4\xD9\x88\xD8\xB1", 0},
	/* Korean ERPs (Douzone, ecount): the counterparty (\xEA\xB1\xB0\xEB\x9E\x98\xEC\xB2\x98),
	 * its code, the item (\xED\x92\x88\xEB\xAA\xA9) and its code, the slip number, the supply
	 * value (\xEA\xB3\xB5\xEA\xB8\x89\xEA\xB0\x80\xEC\x95\xA1, before VAT) */
	{RR_COL_INVOICE, "\xEC\xA0\x84\xED\x91\x9C\xEB\xB2\x88\xED\x98\xB8", 0},
	{RR_COL_USER, "\xEA\xB1\xB0\xEB\x9E\x98\xEC\xB2\x98\xEC\xBD\x94\xEB\x93\x9C", 0},
	{RR_COL_USER, "\xEA\xB3\xA0\xEA\xB0\x9D\xEB\xB2\x88\xED\x98\xB8", 0},
	{RR_COL_USER, "\xEA\xB3\xA0\xEA\xB0\x9D\xEC\xBD\x94\xEB\x93\x9C", 0},
	{RR_COL_USER, "\xEA\xB3\xA0\xEA\xB0\x9Did", 0},
	{RR_COL_USER, "\xED\x9A\x8C\xEC\x9B\x90id", 0},
	{RR_COL_USER, "\xED\x9A\x8C\xEC\x9B\x90\xEB\xB2\x88\xED\x98\xB8", 0},
	{RR_COL_USER, "\xEA\xB1\xB0\xEB\x9E\x98\xEC\xB2\x98", 1},
	{RR_COL_USER, "\xEA\xB3\xA0\xEA\xB0\x9D", 1},
	{RR_COL_USER, "\xEA\xB1\xB0\xEB\x9E\x98\xEC\xB2\x98\xEB\xAA\x85", 2},
	{RR_COL_USER, "\xEA\xB3\xA0\xEA\xB0\x9D\xEB\xAA\x85", 2},
	{RR_COL_USER, "\xEA\xB5\xAC\xEB\xA7\xA4\xEC\x9E\x90\xEB\xAA\x85", 2},
	{RR_COL_ITEM, "\xED\x92\x88\xEB\xAA\xA9\xEC\xBD\x94\xEB\x93\x9C", 0},
	{RR_COL_ITEM, "\xED\x92\x88\xEB\xB2\x88", 0},
	{RR_COL_ITEM, "\xED\x92\x88\xEB\xAA\xA9", 1},
	{RR_COL_DESC, "\xED\x92\x88\xEB\xAA\xA9\xEB\xAA\x85", 0},
	{RR_COL_DESC, "\xED\x92\x88\xEB\xAA\x85", 0},
	{RR_COL_DATE, "\xEB\x82\xA0\xEC\xA7\x9C", 0},
	{RR_COL_DATE, "\xEA\xB1\xB0\xEB\x9E\x98\xEC\x9D\xBC\xEC\x9E\x90", 0},
	{RR_COL_DATE, "\xED\x8C\x90\xEB\xA7\xA4\xEC\x9D\xBC\xEC\x9E\x90", 0},
	{RR_COL_DATE, "\xEB\xA7\xA4\xEC\xB6\x9C\xEC\x9D\xBC\xEC\x9E\x90", 0},
	{RR_COL_DATE, "\xEC\xA0\x84\xED\x91\x9C\xEC\x9D\xBC\xEC\x9E\x90", 0},
	{RR_COL_DATE, "\xEB\xA7\xA4\xEC\xB6\x9C\xEC\x9D\xBC", 0},
	{RR_COL_DATE, "\xEC\x9D\xBC\xEC\x9E\x90", 1},
	{RR_COL_AMOUNT, "\xEA\xB3\xB5\xEA\xB8\x89\xEA\xB0\x80\xEC\x95\xA1", 1},
	{RR_COL_COUNTRY, "\xEA\xB5\xAD\xEA\xB0\x80", 0},
	/* Hindi (Devanagari): Tally's and the Indian shops' bill, customer, item, quantity, date,
	 * rate */
	{RR_COL_INVOICE, "\xE0\xA4\xAC\xE0\xA4\xBF\xE0\xA4\xB2_\xE0\xA4\xB8\xE0\xA4\x82\xE0\xA4\x96\xE0\xA5\x8D\xE0\xA4\xAF\xE0\xA4\xBE", 0},
	{RR_COL_INVOICE, "\xE0\xA4\xAC\xE0\xA4\xBF\xE0\xA4\xB2_\xE0\xA4\xA8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0", 0},
	{RR_COL_INVOICE, "\xE0\xA4\x87\xE0\xA4\xA8\xE0\xA4\xB5\xE0\xA5\x89\xE0\xA4\x87\xE0\xA4\xB8_\xE0\xA4\xA8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0", 0},
	{RR_COL_INVOICE, "\xE0\xA4\x91\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA1\xE0\xA4\xB0_\xE0\xA4\x86\xE0\xA4\x88\xE0\xA4\xA1\xE0\xA5\x80", 0},
	{RR_COL_INVOICE, "\xE0\xA4\x91\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA1\xE0\xA4\xB0_\xE0\xA4\xA8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0", 0},
	{RR_COL_USER, "\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\x95", 1},
	{RR_COL_USER, "\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\x95_\xE0\xA4\x86\xE0\xA4\x88\xE0\xA4\xA1\xE0\xA5\x80", 0},
	{RR_COL_USER, "\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\x95_\xE0\xA4\x95\xE0\xA5\x8B\xE0\xA4\xA1", 0},
	{RR_COL_USER, "\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\x95_\xE0\xA4\x95\xE0\xA4\xBE_\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xAE", 2},
	{RR_COL_USER, "\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\x95_\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xAE", 2},
	{RR_COL_ITEM, "\xE0\xA4\x89\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xAA\xE0\xA4\xBE\xE0\xA4\xA6_\xE0\xA4\x95\xE0\xA5\x8B\xE0\xA4\xA1", 0},
	{RR_COL_ITEM, "\xE0\xA4\xB5\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x81_\xE0\xA4\x95\xE0\xA5\x8B\xE0\xA4\xA1", 0},
	{RR_COL_ITEM, "\xE0\xA4\x86\xE0\xA4\x87\xE0\xA4\x9F\xE0\xA4\xAE_\xE0\xA4\x95\xE0\xA5\x8B\xE0\xA4\xA1", 0},
	{RR_COL_ITEM, "\xE0\xA4\x89\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xAA\xE0\xA4\xBE\xE0\xA4\xA6", 1},
	{RR_COL_ITEM, "\xE0\xA4\xB5\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x81", 1},
	{RR_COL_DESC, "\xE0\xA4\x89\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xAA\xE0\xA4\xBE\xE0\xA4\xA6_\xE0\xA4\x95\xE0\xA4\xBE_\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xAE", 0},
	{RR_COL_DESC, "\xE0\xA4\x89\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xAA\xE0\xA4\xBE\xE0\xA4\xA6_\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xAE", 0},
	{RR_COL_DESC, "\xE0\xA4\xB5\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x81_\xE0\xA4\x95\xE0\xA4\xBE_\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xAE", 0},
	{RR_COL_DESC, "\xE0\xA4\xB5\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x81_\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xAE", 0},
	{RR_COL_DESC, "\xE0\xA4\xB5\xE0\xA4\xBF\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA4\xA3", 1},
	{RR_COL_QTY, "\xE0\xA4\xAE\xE0\xA4\xBE\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBE", 0},
	{RR_COL_DATE, "\xE0\xA4\xA4\xE0\xA4\xBF\xE0\xA4\xA5\xE0\xA4\xBF", 0},
	{RR_COL_DATE, "\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\x82\xE0\xA4\x95", 0},
	{RR_COL_DATE, "\xE0\xA4\xA4\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA5\x80\xE0\xA4\x96", 0},
	{RR_COL_PRICE, "\xE0\xA4\x95\xE0\xA5\x80\xE0\xA4\xAE\xE0\xA4\xA4", 0},
	{RR_COL_PRICE, "\xE0\xA4\x87\xE0\xA4\x95\xE0\xA4\xBE\xE0\xA4\x88_\xE0\xA4\xAE\xE0\xA5\x82\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xAF", 0},
	{RR_COL_PRICE, "\xE0\xA4\xAE\xE0\xA5\x82\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xAF", 1},
	{RR_COL_PRICE, "\xE0\xA4\xA6\xE0\xA4\xB0", 2},
	{RR_COL_COUNTRY, "\xE0\xA4\xA6\xE0\xA5\x87\xE0\xA4\xB6", 0},
	{RR_COL_STATUS, "\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA5\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBF", 1},
	/* Serbian and Macedonian in Cyrillic script (Pantheon's and the local ERPs' Cyrillic
	 * exports): \xD1\x80\xD0\xB0\xD1\x87\xD1\x83\xD0\xBD,
	 * \xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x86, \xD1\x88\xD0\xB8\xD1\x84\xD1\x80\xD0\xB0,
	 * \xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB8\xD0\xB2,
	 * \xD0\xBA\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB8\xD0\xBD\xD0\xB0,
	 * \xD0\xB4\xD0\xB0\xD1\x82\xD1\x83\xD0\xBC, beside the Bulgarian and Russian names they
	 * share */
	{RR_COL_INVOICE, "\xD1\x80\xD0\xB0\xD1\x87\xD1\x83\xD0\xBD", 0},
	{RR_COL_INVOICE, "\xD0\xB1\xD1\x80\xD0\xBE\xD1\x98_\xD1\x80\xD0\xB0\xD1\x87\xD1\x83\xD0\xBD\xD0\xB0", 0},
	{RR_COL_INVOICE, "\xD0\xB1\xD1\x80\xD0\xBE\xD1\x98_\xD1\x84\xD0\xB0\xD0\xBA\xD1\x82\xD1\x83\xD1\x80\xD0\xB5", 0},
	{RR_COL_USER, "\xD1\x88\xD0\xB8\xD1\x84\xD1\x80\xD0\xB0_\xD0\xBA\xD1\x83\xD0\xBF\xD1\x86\xD0\xB0", 0},
	{RR_COL_USER, "\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x86", 1},
	{RR_COL_ITEM, "\xD1\x88\xD0\xB8\xD1\x84\xD1\x80\xD0\xB0_\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD0\xBB\xD0\xB0", 0},
	{RR_COL_ITEM, "\xD1\x88\xD0\xB8\xD1\x84\xD1\x80\xD0\xB0", 2},
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB8\xD0\xB2", 0},
	{RR_COL_DESC, "\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB8\xD0\xB2_\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xBA\xD0\xBB\xD0\xB0", 0},
	{RR_COL_QTY, "\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB8\xD0\xBD\xD0\xB0", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD1\x83\xD0\xBC", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD1\x83\xD0\xBC_\xD1\x80\xD0\xB0\xD1\x87\xD1\x83\xD0\xBD\xD0\xB0", 0},
	{RR_COL_PRICE, "\xD1\x98\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x87\xD0\xBD\xD0\xB0_\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0", 0},
	/* t72 F24: platforms' own names, each read with its family. Hike's Retail Price, the
	 * unit price a till charged (a fallback: beside a Price or a Sale Price it is the list
	 * one, list_price_words) */
	{RR_COL_PRICE, "retail_price", 1},
	/* Revel's Created Date and Linnworks' Received Date: when the order was placed or came
	 * in from its channel; fallbacks, so that an Order Date or a Paid Date beside them wins.
	 * Linnworks' Processed Date beside it is the dispatch, the goods' journey (never read) */
	{RR_COL_DATE, "created_date", 1}, {RR_COL_DATE, "creation_date", 1},
	{RR_COL_DATE, "received_date", 1}, {RR_COL_DATE, "date_received", 1},
	/* Sage 50's A/C, its customer's account reference, and A/C Ref (an account ref's level) */
	{RR_COL_USER, "a/c", 1}, {RR_COL_USER, "a/c_ref", 1}, {RR_COL_USER, "customer_a/c", 1},
	{RR_COL_USER, "customer_a/c_ref", 1},
	/* Tokopedia's Jumlah Produk Dibeli, the units bought */
	{RR_COL_QTY, "jumlah_produk_dibeli", 0}, {RR_COL_QTY, "jumlah_dibeli", 0},
	{RR_COL_QTY, "jumlah_barang_dibeli", 0},
	/* Wix's Item's name, the description beside its SKU */
	{RR_COL_DESC, "item's_name", 0}, {RR_COL_DESC, "items_name", 0},
	{RR_COL_DESC, "product's_name", 0},
	/* PayPal's From Email Address: the buyer's in a payment received (a refund's From is the
	 * seller, but a refund is no purchase); an e-mail's level. Not a Sender Email: a shipping
	 * export's sender is the shop */
	{RR_COL_USER, "from_email_address", 1}, {RR_COL_USER, "from_email", 1},
	{RR_COL_USER, "payer_email", 1},
	/* Bol.com's Klantnaam, the buyer's name, and the customer's name in the neighbouring
	 * languages: a name's level (namesakes are one customer) */
	{RR_COL_USER, "klantnaam", 2}, {RR_COL_USER, "naam_klant", 2},
	{RR_COL_USER, "kundenname", 2}, {RR_COL_USER, "nom_client", 2},
	{RR_COL_USER, "nom_du_client", 2}, {RR_COL_USER, "nombre_cliente", 2},
	{RR_COL_USER, "nombre_del_cliente", 2}, {RR_COL_USER, "nome_cliente", 2},
	{RR_COL_USER, "nome_do_cliente", 2},
	/* Cdiscount's SKU vendeur and Libell\xC3\xA9 produit, its Email client; the seller's
	 * reference in the other French marketplaces' words */
	{RR_COL_ITEM, "sku_vendeur", 0}, {RR_COL_ITEM, "r\xC3\xA9" "f\xC3\xA9rence_vendeur", 0},
	{RR_COL_ITEM, "reference_vendeur", 0}, {RR_COL_ITEM, "r\xC3\xA9" "f_vendeur", 0},
	{RR_COL_ITEM, "ref_vendeur", 0},
	{RR_COL_DESC, "libell\xC3\xA9_produit", 0}, {RR_COL_DESC, "libelle_produit", 0},
	{RR_COL_DESC, "libell\xC3\xA9_article", 0}, {RR_COL_DESC, "libelle_article", 0},
	{RR_COL_USER, "email_client", 1}, {RR_COL_USER, "mail_client", 1},
	{RR_COL_USER, "courriel_client", 1}, {RR_COL_USER, "adresse_email_client", 1},
	/* a Spanish till's receipt, N\xC2\xBA Ticket, N.\xC2\xBA ticket, N\xC3\xBAm. ticket (the
	 * ordinal \xC2\xBA, the degree \xC2\xB0 typed for it, or none); not English's Ticket
	 * Number, an event ticket's own on each line as often as a receipt's */
	{RR_COL_INVOICE, "n\xC2\xBA_ticket", 0}, {RR_COL_INVOICE, "n\xC2\xB0_ticket", 0},
	{RR_COL_INVOICE, "n\xC3\xBAm_ticket", 0}, {RR_COL_INVOICE, "num_ticket", 0},
	{RR_COL_INVOICE, "n\xC3\xBAmero_ticket", 0}, {RR_COL_INVOICE, "numero_ticket", 0},
	{RR_COL_INVOICE, "n\xC3\xBAmero_de_ticket", 0}, {RR_COL_INVOICE, "numero_de_ticket", 0},
	/* t74 (e141), kept apart for the merge: item codes beside a product's name (F4: Kingdee's
	 * and Yonyou's material and stock codes; Odoo's Internal Reference is in item_codes, Japanese item codes, Turkish Logo's Malzeme Kodu,
	 * Polish catalogue numbers, Vietnamese M\xC3\xA3 SP); customer codes beside a customer's name
	 * (F5: Japanese and Chinese customer codes, Turkish current-account codes, Dutch Exact's and
	 * AFAS's, German Kundenkonto, Polish Nr klienta and the buyer's NIP, Vietnamese M\xC3\xA3 KH);
	 * receipt numbers of Turkish, Greek, Hebrew, Korean, Finnish and Polish tills and Korean's
	 * sale time (F24, F25, F26); Danish Stykpris and Varetekst, Polish Cena jedn., Korean
	 * sale unit price, Tokopedia's units bought (F26, F27) */
	{RR_COL_ITEM, "\xE5\x93\x81\xE7\x9B\xAE\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89", 0},
	{RR_COL_ITEM, "\xE7\x89\xA9\xE6\x96\x99\xE7\xBC\x96\xE7\xA0\x81", 0},
	{RR_COL_ITEM, "\xE5\xAD\x98\xE8\xB4\xA7\xE7\xBC\x96\xE7\xA0\x81", 0},
	{RR_COL_ITEM, "malzeme_kodu", 0},
	{RR_COL_ITEM, "numer_katalogowy", 0},
	{RR_COL_ITEM, "m\xC3\xA3_sp", 0},
	{RR_COL_USER, "\xE5\xBE\x97\xE6\x84\x8F\xE5\x85\x88\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89", 0},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB7\xE7\xBC\x96\xE7\xA0\x81", 0},
	{RR_COL_USER, "cari_kod", 0},
	{RR_COL_USER, "cari_kodu", 0},
	{RR_COL_USER, "cari_hesap_kodu", 0},
	{RR_COL_USER, "relatienummer", 0},
	{RR_COL_USER, "klantcode", 0},
	{RR_COL_USER, "kundenkonto", 0},
	{RR_COL_USER, "debtor_number", 0},
	{RR_COL_USER, "client_code", 0},
	{RR_COL_USER, "loyalty_number", 0},
	{RR_COL_USER, "m\xC3\xA3_kh", 0},
	{RR_COL_USER, "kode_customer", 0},
	{RR_COL_USER, "nr_klienta", 0},
	{RR_COL_USER, "nip_nabywcy", 0},
	{RR_COL_INVOICE, "fi\xC5\x9F_no", 0},
	{RR_COL_INVOICE, "fis_no", 0},
	{RR_COL_INVOICE, "\xCE\xB1\xCF\x81_\xCE\xB1\xCF\x80\xCF\x8C\xCE\xB4\xCE\xB5\xCE\xB9\xCE\xBE\xCE\xB7\xCF\x82", 0},
	{RR_COL_INVOICE, "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8_\xD7\xA7\xD7\x91\xD7\x9C\xD7\x94", 0},
	{RR_COL_INVOICE, "\xEC\x98\x81\xEC\x88\x98\xEC\xA6\x9D\xEB\xB2\x88\xED\x98\xB8", 0},
	{RR_COL_INVOICE, "kuittinumero", 0},
	{RR_COL_INVOICE, "kuitti", 0},
	{RR_COL_INVOICE, "kuittinro", 0},
	{RR_COL_INVOICE, "nr_paragonu", 0},
	{RR_COL_INVOICE, "numer_paragonu", 0},
	{RR_COL_DATE, "\xED\x8C\x90\xEB\xA7\xA4\xEC\x9D\xBC\xEC\x8B\x9C", 0},
	{RR_COL_PRICE, "stykpris", 0},
	{RR_COL_PRICE, "cena_jedn", 0},
	{RR_COL_PRICE, "\xED\x8C\x90\xEB\xA7\xA4\xEB\x8B\xA8\xEA\xB0\x80", 0},
	{RR_COL_DESC, "varetekst", 0},
	/* platforms' own names (t80 F31): Airレジ, Aspel SAE, Siigo, Conta Azul, Evotor, 1C in
	 * Ukrainian, Revel, Color Me and MakeShop, 91APP, Taiwan's e-invoices, Thai tills, Shopee
	 * TH, SumUp, Taobao, Salla; Korean's, Vietnamese's, Filipino's and Malay's plain ones
	 * (not Malay's Tarikh: romanized Persian's too, whose dates are Solar Hijri) */
	{RR_COL_DATE, "\xE4\xBC\x9A\xE8\xA8\x88\xE6\x97\xA5\xE6\x99\x82", 0},
	{RR_COL_INVOICE, "\xE4\xBC\x9A\xE8\xA8\x88id", 0},
	{RR_COL_DATE, "fecha_de_elaboraci\xC3\xB3n", 0},
	{RR_COL_DATE, "fecha_de_elaboracion", 0},
	{RR_COL_DATE, "fecha_elaboraci\xC3\xB3n", 0},
	{RR_COL_DATE, "fecha_elaboracion", 0},
	{RR_COL_USER, "clave_cliente", 0},
	{RR_COL_USER, "clave_del_cliente", 0},
	{RR_COL_ITEM, "clave_art\xC3\xAD" "culo", 0},
	{RR_COL_ITEM, "clave_articulo", 0},
	{RR_COL_INVOICE, "clave_documento", 1},
	{RR_COL_INVOICE, "comprobante", 1},
	{RR_COL_DATE, "data_de_compet\xC3\xAAncia", 0},
	{RR_COL_DATE, "data_de_competencia", 0},
	{RR_COL_INVOICE, "n\xC3\xBAmero_da_venda", 0},
	{RR_COL_INVOICE, "numero_da_venda", 0},
	{RR_COL_DATE, "\xD0\xB4\xD0\xB0\xD1\x82\xD0\xB0_\xD0\xB8_\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F", 0},
	{RR_COL_USER, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0", 0},
	{RR_COL_DATE, "order_created", 0},
	{RR_COL_DATE, "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\x9D\xBC\xEC\x9E\x90", 0},
	{RR_COL_DATE, "ng\xC3\xA0y", 1},
	{RR_COL_DATE, "petsa", 0},
	{RR_COL_INVOICE, "numero_ng_resibo", 0},
	{RR_COL_INVOICE, "\xE5\x8F\x97\xE6\xB3\xA8\xE7\x95\xAA\xE5\x8F\xB7", 0},
	{RR_COL_INVOICE, "\xE4\xBC\x9D\xE7\xA5\xA8\xE7\x95\xAA\xE5\x8F\xB7", 0},
	{RR_COL_INVOICE, "\xE5\x96\xAE\xE8\x99\x9F", 1},
	{RR_COL_INVOICE, "\xE7\x99\xBC\xE7\xA5\xA8\xE8\x99\x9F\xE7\xA2\xBC", 0},
	{RR_COL_INVOICE, "\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\x82\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB8\x9A\xE0\xB8\xB4\xE0\xB8\xA5", 0},
	{RR_COL_USER, "\xE0\xB8\xA3\xE0\xB8\xAB\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\xAA\xE0\xB8\xA1\xE0\xB8\xB2\xE0\xB8\x8A\xE0\xB8\xB4\xE0\xB8\x81", 0},
	{RR_COL_USER, "\xE0\xB8\x8A\xE0\xB8\xB7\xE0\xB9\x88\xE0\xB8\xAD\xE0\xB8\x9C\xE0\xB8\xB9\xE0\xB9\x89\xE0\xB9\x83\xE0\xB8\x8A\xE0\xB9\x89", 1},
	{RR_COL_INVOICE, "transaktions-id", 1},
	{RR_COL_INVOICE, "\xE0\xA4\x9A\xE0\xA4\xBE\xE0\xA4\xB2\xE0\xA4\xBE\xE0\xA4\xA8_\xE0\xA4\xA8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0", 0},
	{RR_COL_INVOICE, "no_invois", 0},
	{RR_COL_USER, "kod_pelanggan", 0},
	{RR_COL_ITEM, "kod_item", 0},
	{RR_COL_ITEM, "kod_produk", 0},
	{RR_COL_QTY, "kuantiti", 0},
	{RR_COL_PRICE, "harga_seunit", 0},
	{RR_COL_INVOICE, "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80_\xD1\x87\xD0\xB5\xD0\xBA\xD0\xB0", 0},
	{RR_COL_QTY, "dami", 0},
	{RR_COL_PRICE, "presyo", 0},
	{RR_COL_DESC, "pangalan_ng_produkto", 0},
	{RR_COL_ITEM, "c\xC3\xB3" "digo_do_produto", 0},
	{RR_COL_ITEM, "codigo_do_produto", 0},
	{RR_COL_PRICE, "\xE5\x94\xAE\xE5\x83\xB9", 0},
	{RR_COL_PRICE, "\xE5\x94\xAE\xE4\xBB\xB7", 0},
	{RR_COL_PRICE, "\xE6\x88\x90\xE4\xBA\xA4\xE4\xBB\xB7", 0},
	{RR_COL_PRICE, "\xE5\xA3\xB2\xE4\xBE\xA1", 0},
	{RR_COL_PRICE, "\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0_\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB6\xD0\xB8", 0},
	{RR_COL_PRICE, "\xD8\xB3\xD8\xB9\xD8\xB1_\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC", 0},
	{RR_COL_PRICE, "\xD8\xB3\xD8\xB9\xD8\xB1_\xD8\xA7\xD9\x84\xD8\xA8\xD9\x8A\xD8\xB9", 0},
	/* t83 (e163), kept apart for the merge: B2B and marketplace exports' names (F13, F14,
	 * F15, F21, F22). Quantities: Brazil's Qtd and Qtde, German Stk., St\xC3\xBCckzahl, Absatz,
	 * Verkaufte and Berechnete Menge, India's Nos, Malay Kuantiti, Dutch Aant., English Sold
	 * Qty, No. of Units, Pcs; the ordered quantity in German, French, Spanish and Dutch (a
	 * delivered one beside it wins: delivered_qtys); Nordic Ant. and St., short words of
	 * other things too, a fallback */
	{RR_COL_QTY, "qtd", 0}, {RR_COL_QTY, "qtde", 0}, {RR_COL_QTY, "stk", 0},
	{RR_COL_QTY, "st\xC3\xBC" "ckzahl", 0}, {RR_COL_QTY, "stueckzahl", 0},
	{RR_COL_QTY, "absatz", 0}, {RR_COL_QTY, "verkaufte_menge", 0},
	{RR_COL_QTY, "berechnete_menge", 0}, {RR_COL_QTY, "nos", 0}, {RR_COL_QTY, "kuantiti", 0},
	{RR_COL_QTY, "aant", 0}, {RR_COL_QTY, "sold_qty", 0}, {RR_COL_QTY, "no_of_units", 0},
	{RR_COL_QTY, "number_of_units", 0}, {RR_COL_QTY, "pcs", 0},
	{RR_COL_QTY, "bestellmenge", 0}, {RR_COL_QTY, "bestellte_menge", 0},
	{RR_COL_QTY, "qt\xC3\xA9_command\xC3\xA9" "e", 0}, {RR_COL_QTY, "qte_commandee", 0},
	{RR_COL_QTY, "quantit\xC3\xA9_command\xC3\xA9" "e", 0},
	{RR_COL_QTY, "quantite_commandee", 0}, {RR_COL_QTY, "cantidad_pedida", 0},
	{RR_COL_QTY, "aantal_besteld", 0}, {RR_COL_QTY, "ant", 2}, {RR_COL_QTY, "st", 2},
	/* t85 (e171) F16: a fuel or bulk-liquid distributor's quantity is its volume (Gallons
	 * beside a Price/Gal, Liters beside a price per liter): a fallback, as a delivered one */
	{RR_COL_QTY, "gallons", 2}, {RR_COL_QTY, "gal", 2}, {RR_COL_QTY, "liters", 2},
	{RR_COL_QTY, "litres", 2}, {RR_COL_PRICE, "price_gal", 1},
	/* ... but a count of bottles beside the bottle's size is the quantity (t88 F2: a wine
	 * merchant's Litres, 0.75 a bottle, read as it, Bottles unused, its spend 81 % low) */
	{RR_COL_QTY, "bottles", 1}, {RR_COL_QTY, "flaschen", 1}, {RR_COL_QTY, "bouteilles", 1},
	{RR_COL_QTY, "botellas", 1}, {RR_COL_QTY, "bottiglie", 1}, {RR_COL_QTY, "flessen", 1},
	{RR_COL_PRICE, "price_per_gal", 1}, {RR_COL_PRICE, "price_per_gallon", 1},
	{RR_COL_PRICE, "price_liter", 1}, {RR_COL_PRICE, "price_per_liter", 1},
	{RR_COL_PRICE, "price_litre", 1}, {RR_COL_PRICE, "price_per_litre", 1},
	/* what was delivered, supplied, shipped or invoiced (Sage 200's, Unleashed's, MYOB's
	 * Qty Supplied; Liefermenge, Qt\xC3\xA9 livr\xC3\xA9e, Cantidad servida, Aantal geleverd): the
	 * quantity when no other is there, the level of qty_shipped */
	{RR_COL_QTY, "shipped", 2}, {RR_COL_QTY, "delivered", 2}, {RR_COL_QTY, "supplied", 2},
	{RR_COL_QTY, "qty_supplied", 2}, {RR_COL_QTY, "quantity_supplied", 2},
	{RR_COL_QTY, "supplied_qty", 2}, {RR_COL_QTY, "supplied_quantity", 2},
	{RR_COL_QTY, "ship_qty", 2}, {RR_COL_QTY, "inv_qty", 2}, {RR_COL_QTY, "invoiced_qty", 2},
	{RR_COL_QTY, "liefermenge", 2}, {RR_COL_QTY, "gelieferte_menge", 2},
	{RR_COL_QTY, "geliefert", 2}, {RR_COL_QTY, "menge_geliefert", 2},
	{RR_COL_QTY, "qt\xC3\xA9_livr\xC3\xA9" "e", 2}, {RR_COL_QTY, "qte_livree", 2},
	{RR_COL_QTY, "quantit\xC3\xA9_livr\xC3\xA9" "e", 2}, {RR_COL_QTY, "quantite_livree", 2},
	{RR_COL_QTY, "cantidad_servida", 2}, {RR_COL_QTY, "cantidad_entregada", 2},
	{RR_COL_QTY, "aantal_geleverd", 2}, {RR_COL_QTY, "geleverd", 2},
	/* the customer: a loyalty card's number (Kundenkarte, Bonuskarte, Payback, Dutch
	 * klantenkaart, Swedish kundkort, a member's number), a debtor's or customer's short
	 * number (Debitornr., Debiteurnr, Klantnr, Kund-ID, Kunde-ID, Kundekode, Asiakasnro,
	 * N\xC2\xBA cliente), French Sage's and Dolibarr's Code tiers, Polish Numer klienta; SAP's
	 * Sold To, and a Bill To as a fallback. Not an e-invoice's K\xC3\xA4ufer-ID nor a Ship To:
	 * their words would make a Verk\xC3\xA4ufer's code (the seller's) and a ship-city a
	 * customer's name; the customer hint offers them by their values */
	{RR_COL_USER, "kundenkarte", 0}, {RR_COL_USER, "kundenkartennummer", 0},
	{RR_COL_USER, "kundenkarte_nr", 0}, {RR_COL_USER, "bonuskarte", 0},
	{RR_COL_USER, "bonuskartennummer", 0}, {RR_COL_USER, "payback_nr", 0},
	{RR_COL_USER, "payback_nummer", 0}, {RR_COL_USER, "klantenkaart", 0},
	{RR_COL_USER, "kundkort", 0}, {RR_COL_USER, "kundkortsnummer", 0},
	{RR_COL_USER, "medlemsnummer", 0}, {RR_COL_USER, "mitgliedsnummer", 0},
	{RR_COL_USER, "mitgliedsnr", 0}, {RR_COL_USER, "loyalty_id", 0},
	{RR_COL_USER, "debitornr", 0}, {RR_COL_USER, "debiteurnr", 0},
	{RR_COL_USER, "debiteurnummer", 0}, {RR_COL_USER, "klantnr", 0},
	{RR_COL_USER, "kund_id", 0}, {RR_COL_USER, "kunde_id", 0}, {RR_COL_USER, "kundekode", 0},
	{RR_COL_USER, "asiakasnro", 0}, {RR_COL_USER, "code_tiers", 0},
	{RR_COL_USER, "n\xC2\xBA_client", 0}, {RR_COL_USER, "n\xC2\xBA_cliente", 0},
	{RR_COL_USER, "numer_klienta", 0}, {RR_COL_USER, "sold_to", 0},
	/* a loyalty, club or fleet fuel card's number, the customer's own card (t86 F15: a fuel
	 * card statement was told to join the table that holds the customer): fallbacks, a
	 * customer's id or code beside one being the customer. Not a bare Card Number nor
	 * Kartennummer: a payment card's, masked or one of a buyer's several; the refusal
	 * proposes them (maybe_customer_words). Written as one word, as compared: card alone
	 * would tell a customer in Gift Card, Card Type (partnumber's reason) */
	{RR_COL_USER, "loyaltycard", 1}, {RR_COL_USER, "loyaltycardnumber", 1},
	{RR_COL_USER, "loyaltycardno", 1}, {RR_COL_USER, "loyaltynumber", 1},
	{RR_COL_USER, "loyaltyno", 1}, {RR_COL_USER, "membercard", 1},
	{RR_COL_USER, "membershipcard", 1}, {RR_COL_USER, "clubcard", 1},
	{RR_COL_USER, "rewardscard", 1}, {RR_COL_USER, "rewardcard", 1},
	{RR_COL_USER, "fuelcard", 1}, {RR_COL_USER, "fuelcardnumber", 1},
	{RR_COL_USER, "fleetcard", 1}, {RR_COL_USER, "fleetcardnumber", 1},
	{RR_COL_USER, "tankkarte", 1}, {RR_COL_USER, "tankkartennummer", 1},
	{RR_COL_USER, "tankkartennr", 1}, {RR_COL_USER, "flottenkarte", 1},
	{RR_COL_USER, "bill_to", 1},
	/* the unit price: Brazil's Vlr. Unit. and Valor Unit. (Bling, Tiny, NF-e), P. unit.,
	 * German Einzel-VK, Brutto-VK (a gross price's level), EP and E-Preis (Einzelpreis),
	 * Swedish and Finnish \xC3\x81-pris, Dutch Prijs per stuk, Swedish Pris/st, Finnish
	 * Kappalehinta, Russian's price per unit; a shop's Ladenpreis, a retail price's level */
	{RR_COL_PRICE, "vlr_unit", 0}, {RR_COL_PRICE, "vlr_unit\xC3\xA1rio", 0},
	{RR_COL_PRICE, "vlr_unitario", 0}, {RR_COL_PRICE, "vl_unit", 0},
	{RR_COL_PRICE, "vl_unit\xC3\xA1rio", 0}, {RR_COL_PRICE, "vl_unitario", 0},
	{RR_COL_PRICE, "valor_unit", 0}, {RR_COL_PRICE, "p_unit", 0},
	{RR_COL_PRICE, "pre\xC3\xA7o_unit", 0}, {RR_COL_PRICE, "preco_unit", 0},
	{RR_COL_PRICE, "einzel_vk", 0}, {RR_COL_PRICE, "brutto_vk", 2}, {RR_COL_PRICE, "ep", 0},
	{RR_COL_PRICE, "e_preis", 0}, {RR_COL_PRICE, "\xC3\xA1-pris", 0},
	{RR_COL_PRICE, "prijs_per_stuk", 0}, {RR_COL_PRICE, "prijs_p/st", 0},
	{RR_COL_PRICE, "pris/st", 0}, {RR_COL_PRICE, "kappalehinta", 0},
	{RR_COL_PRICE, "\xC3\xA1-hinta", 0}, {RR_COL_PRICE, "a-hinta", 0},
	{RR_COL_PRICE, "\xD1\x86\xD0\xB5\xD0\xBD\xD0\xB0_\xD0\xB7\xD0\xB0_\xD0\xB5\xD0\xB4", 0},
	{RR_COL_PRICE, "ladenpreis", 1},
	/* a line's total: the US invoice's Ext Price and Extension, German Zeilensumme and
	 * Positionsbetrag, Brazil's Vlr. Total, Indonesian Jumlah Harga; a Valor Total, a Net
	 * Amount, a Polish Warto\xC5\x9B\xC4\x87 netto as fallbacks (an order's as often). Belopp, Summa,
	 * Toplam and the like are maybe_money's */
	{RR_COL_AMOUNT, "ext_price", 0}, {RR_COL_AMOUNT, "ext_amount", 0},
	{RR_COL_AMOUNT, "extended_amount", 0}, {RR_COL_AMOUNT, "extension", 1},
	{RR_COL_AMOUNT, "zeilensumme", 0}, {RR_COL_AMOUNT, "positionsbetrag", 0},
	{RR_COL_AMOUNT, "positionssumme", 0}, {RR_COL_AMOUNT, "vlr_total", 0},
	{RR_COL_AMOUNT, "jumlah_harga", 0}, {RR_COL_AMOUNT, "valor_total", 1},
	{RR_COL_AMOUNT, "net_amount", 1}, {RR_COL_AMOUNT, "warto\xC5\x9B\xC4\x87_netto", 1},
	{RR_COL_AMOUNT, "wartosc_netto", 1},
	/* a US distributor's loose units and their price, Qty EA and Price EA, beside Qty CS and
	 * Pack (t83 F16: ingest_case_columns, ingest_pack_columns) */
	{RR_COL_QTY, "qty_ea", 0}, {RR_COL_QTY, "qty_each", 0}, {RR_COL_QTY, "ea_qty", 0},
	{RR_COL_PRICE, "price_ea", 0}, {RR_COL_PRICE, "ea_price", 0},
	/* the German order number's short form (Auftragsnummer is read) */
	{RR_COL_INVOICE, "auftragsnr", 0},
	{RR_COL_N, NULL, 0},
};

/* Header names of the two UCI schemas, per logical column (NULL: the schema has none): the
 * schema's name in the summary. */
static const char *const uci_names[RR_COL_N] = {"InvoiceNo", "StockCode", "Description",
						 "Quantity", "InvoiceDate", "UnitPrice",
						 "CustomerID", "Country", NULL, NULL, NULL, NULL};
static const char *const ii_names[RR_COL_N] = {"Invoice", "StockCode", "Description",
						"Quantity", "InvoiceDate", "Price",
						"Customer ID", "Country", NULL, NULL, NULL, NULL};

/* The order the summary and messages name the columns in: the ones a map needs first. */
static const int role_order[RR_COL_N] = {RR_COL_USER, RR_COL_ITEM, RR_COL_INVOICE, RR_COL_QTY,
					 RR_COL_DATE, RR_COL_TIME, RR_COL_EVENT, RR_COL_STATUS,
					 RR_COL_PRICE, RR_COL_AMOUNT, RR_COL_DESC, RR_COL_COUNTRY};

/* A header name's ASCII character as compared: 0 for one that is dropped (blanks, '_', '-',
 * '.', '#', '*', and the '?' of a flag's name: Void?), else lower-cased. Past ASCII a name is
 * folded as relrec folds text for a search (textfold.h): capitals in any script are its small
 * letters, as ASCII's are (t35 F4: SİPARİŞ STATÜSÜ, QUANTITÉ, STÜCK were matched by no name). */
static char norm_char(char c)
{
	if (c == ' ' || c == '_' || c == '-' || c == '\t' || c == '.' || c == '#' || c == '*' ||
	    c == '?')
		return 0;
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* A name as compared, character by character as norm_char has it
 * ("Order #", "Artikel-Nr.", "Qty."); a unit in brackets at the end left out ("Price (EUR)",
 * "Menge [Stk]"). 1 when such a bracket was left out, else 0. */
static int normalize_n(const char *s, size_t n, char out[NORM_MAX])
{
	int remark = 0;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n > 0 && (s[n - 1] == ')' || s[n - 1] == ']')) {
		char open = s[n - 1] == ')' ? '(' : '[';
		size_t k = n - 1;
		while (k > 0 && s[k] != open)
			k--;
		if (k > 0 && s[k] == open) {
			n = k;
			remark = 1;
		}
	}
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char f[4];
		int used = 1, len = 1;
		if ((unsigned char)s[i] < 0x80 && (i + 1 == n || (unsigned char)s[i + 1] < 0x80))
			f[0] = (unsigned char)norm_char(s[i]);
		else if ((len = textfold_unit((const unsigned char *)s + i, n - i, f, &used)) == 1 &&
			 f[0] < 0x80)   /* a letter and its mark composed (t39 #8: é as e + U+0301) */
			f[0] = (unsigned char)norm_char((char)f[0]);
		i += (size_t)used;
		if (!f[0])
			continue;
		if (o + (size_t)len >= NORM_MAX) {
			o = 0; /* too long to be a known name: matches nothing */
			out[o++] = '\x01';
			break;
		}
		memcpy(out + o, f, (size_t)len);
		o += (size_t)len;
	}
	out[o] = '\0';
	return remark;
}

static void normalize(const char *s, char out[NORM_MAX])
{
	normalize_n(s, strlen(s), out);
}

/* Whether name, normalized, is norm (a normalized name): compared as it is normalized, so a
 * name that differs at its first letter costs one step. A name ending in a bracket, or with a
 * letter past ASCII, takes the whole normalize (its unit left out, its letters folded). */
static int norm_is(const char *name, const char *norm)
{
	size_t len = strlen(name);
	if (len && (name[len - 1] == ')' || name[len - 1] == ']' || len + 1 >= NORM_MAX)) {
		char b[NORM_MAX];
		normalize_n(name, len, b);
		return strcmp(b, norm) == 0;
	}
	for (const char *name0 = name, *norm0 = norm; *name; name++) {
		if ((unsigned char)*name >= 0x80) {   /* a letter past ASCII: folded (normalize_n) */
			char b[NORM_MAX];
			normalize_n(name0, len, b);
			return strcmp(b, norm0) == 0;
		}
		char c = norm_char(*name);
		if (c && *norm++ != c)
			return 0;
	}
	return *norm == '\0';
}

int sniff_same_name(const char *s, size_t n, const char *name)
{
	return sniff_name_index(s, n, (const char *const[]){name, NULL}) == 0;
}

int sniff_name_index(const char *s, size_t n, const char *const *names)
{
	char a[NORM_MAX];
	normalize_n(s, n, a);
	if (a[0] == '\x01')   /* too long to be any name */
		return -1;
	for (int k = 0; names[k]; k++)
		if (norm_is(names[k], a))
			return k;
	return -1;
}

static int word_cmp(const void *a, const void *b)
{
	return strcmp(((const sniff_word *)a)->norm, ((const sniff_word *)b)->norm);
}

size_t sniff_words_index(sniff_word *w, size_t cap, const char *const *const *lists, int nlists)
{
	size_t n = 0;
	for (int k = 0; k < nlists; k++)
		for (const char *const *name = lists[k]; *name && n < cap; name++) {
			normalize(*name, w[n].norm);
			w[n++].lists = 1u << k;
		}
	qsort(w, n, sizeof *w, word_cmp);
	size_t o = 0;   /* one entry per name: "Refunded" is a return event and a return flag */
	for (size_t i = 0; i < n; i++) {
		if (o > 0 && strcmp(w[o - 1].norm, w[i].norm) == 0)
			w[o - 1].lists |= w[i].lists;
		else
			w[o++] = w[i];
	}
	return o;
}

unsigned sniff_words_find(const sniff_word *w, size_t count, const char *s, size_t n)
{
	char a[NORM_MAX];
	normalize_n(s, n, a);
	if (a[0] == '\x01')   /* too long to be any name */
		return 0;
	size_t lo = 0, hi = count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(w[mid].norm, a);
		if (c == 0)
			return w[mid].lists;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* The alias table's names normalized once, in sorted order (ties in table order, so the
 * first entry of a name wins as it did in a scan): a header's every field is looked up, and
 * normalizing the ~400 names for each field made a load of a wide header, and the fuzzer,
 * spend nearly all their time here. Built once, on first use, for every thread. */
static struct norm_alias {
	char name[NORM_MAX];
	int index;                 /* in ingest_col_aliases */
} alias_sorted[sizeof ingest_col_aliases / sizeof *ingest_col_aliases];
static int n_alias_sorted;
static pthread_once_t alias_once = PTHREAD_ONCE_INIT;

static int norm_alias_cmp(const void *a, const void *b)
{
	const struct norm_alias *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* A delivery note's number (a bon de livraison, Lieferschein, albar\xC3\xA1n, DDT or bolla,
 * pakbon, guia de remessa): an invoice's fallback (level 1), which the invoice's own names
 * come before (t82 F21: N\xC2\xB0 Bon was read beside N\xC2\xB0 de facture); alone it
 * groups the lines delivered together, the purchase read, and the load says so
 * (sniff_delivery_note). Compared as header names are (normalized once, by alias_sort). */
static const char *const delivery_notes[] = {
	"n\xC2\xB0_bon", "n\xC2\xBA_bon", "no_bon", "num_bon", "num\xC3\xA9ro_bon",
	"n\xC2\xB0_de_bon", "num\xC3\xA9ro_de_bon", "bon_n\xC2\xB0", "n\xC2\xB0_bl",
	"n\xC2\xBA_bl", "no_bl", "num_bl", "num\xC3\xA9ro_bl", "numero_bl", "bl_n\xC2\xB0",
	"bon_de_livraison", "n\xC2\xB0_bon_de_livraison", "n\xC2\xB0_de_bon_de_livraison",
	"num\xC3\xA9ro_bon_de_livraison", "num\xC3\xA9ro_de_bon_de_livraison",
	"lieferschein", "lieferschein_nr", "lieferscheinnummer", "lieferschein_nummer",
	"albar\xC3\xA1n", "albaran", "n\xC2\xB0_albar\xC3\xA1n", "n\xC2\xBA_albar\xC3\xA1n",
	"n\xC2\xBA_albaran", "n\xC2\xB0_albaran", "n\xC3\xBAm_albar\xC3\xA1n", "num_albaran",
	"n\xC3\xBAmero_de_albar\xC3\xA1n", "numero_de_albaran", "n\xC3\xBAmero_albar\xC3\xA1n",
	"albar\xC3\xA1n_n\xC2\xBA", "ddt", "n\xC2\xB0_ddt", "n_ddt", "nr_ddt", "numero_ddt",
	"num_ddt", "documento_di_trasporto", "numero_documento_di_trasporto", "bolla",
	"n\xC2\xB0_bolla", "n_bolla", "numero_bolla", "pakbon", "pakbonnummer", "pakbon_nr",
	"leverbon", "guia_de_remessa", "guia_remessa", "n\xC2\xB0_guia_de_remessa",
	"n\xC2\xBA_guia_de_remessa", "n\xC2\xBA_guia", "n\xC3\xBAmero_da_guia_de_remessa",
	"numero_da_guia_de_remessa", "delivery_note", "delivery_note_no", "delivery_note_number",
	"packing_slip", "packing_slip_no", "packing_slip_number", "despatch_note", "dispatch_note"};
#define DELIVERY_NOTES (sizeof delivery_notes / sizeof *delivery_notes)
static char delivery_norm[DELIVERY_NOTES][NORM_MAX];

static void alias_sort(void);

/* Is the compared name norm a delivery note's (delivery_notes)? */
static int delivery_named(const char *norm)
{
	pthread_once(&alias_once, alias_sort);
	for (size_t k = 0; k < DELIVERY_NOTES; k++)
		if (strcmp(delivery_norm[k], norm) == 0)
			return 1;
	return 0;
}

static void alias_sort(void)
{
	for (size_t k = 0; k < DELIVERY_NOTES; k++)
		normalize(delivery_notes[k], delivery_norm[k]);
	int n = 0;
	for (const rr_col_alias *k = ingest_col_aliases; k->name; k++, n++) {
		normalize(k->name, alias_sorted[n].name);
		alias_sorted[n].index = n;
	}
	qsort(alias_sorted, (size_t)n, sizeof *alias_sorted, norm_alias_cmp);
	n_alias_sorted = n;
}

/* The logical column the normalized name norm is itself a known name of, or -1; *level its
 * level. */
static int alias_exact(const char *norm, int *level)
{
	pthread_once(&alias_once, alias_sort);
	int lo = 0, hi = n_alias_sorted;   /* the first entry not below norm */
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (strcmp(alias_sorted[mid].name, norm) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n_alias_sorted && strcmp(alias_sorted[lo].name, norm) == 0) {
		const rr_col_alias *k = &ingest_col_aliases[alias_sorted[lo].index];
		*level = k->level;
		return (int)k->col;
	}
	return -1;
}

static int alias_role_at(const char *norm, int *level, int split);
static int alias_exact(const char *norm, int *level);

/* Is norm[0..n) a date's known name? */
static int date_stem(const char *norm, size_t n)
{
	char stem[NORM_MAX];
	int lv;
	memcpy(stem, norm, n);
	stem[n] = '\0';
	return alias_exact(stem, &lv) == RR_COL_DATE;
}
/* Names that may be a line's total or an order's, so no alias reads them as money (not
 * "amount": a quantity as often as money, Ta Feng's AMOUNT); a pivot's sum of one is a
 * line's (alias_role_at) */
static const char *const maybe_money[] = {"sales", "total", "value", "subtotal", "line_value",
					  /* sales in German, French, Spanish, Dutch, and revenue
					   * (a pivot's Summe von Umsatz: t72 F24) */
					  "umsatz", "ventes", "ventas", "omzet", "revenue",
					  "item_total", "spend", "spent", "amount_spent",
					  /* Paddle's Sale Gross, a line's total (t46 F9) */
					  "gross", "sale_gross", "gross_amount",
					  /* a sum of money, never a count, but an order's total as
					   * often as a line's: German, French, Spanish, Italian,
					   * Dutch, Polish (t79 F18: Betrag beside a Listenpreis) */
					  "betrag", "montant", "importe", "importo", "bedrag", "kwota",
					  /* and in the other languages relrec reads (t80 F33: 1C's
					   * Сумма, 金額, Tutar, 小計, Wartość brutto... were left unused
					   * with no hint): Russian, Ukrainian, Japanese, Chinese, Korean,
					   * Turkish, Portuguese, Polish, Arabic, Thai */
					  "\xD1\x81\xD1\x83\xD0\xBC\xD0\xBC\xD0\xB0",
					  "\xD1\x81\xD1\x83\xD0\xBC\xD0\xB0",
					  "\xE9\x87\x91\xE9\xA1\x8D",
					  "\xE9\x87\x91\xE9\xA2\x9D",
					  "\xE5\xB0\x8F\xE8\xA8\x88",
					  "\xE5\xB0\x8F\xE8\xAE\xA1",
					  "\xEA\xB8\x88\xEC\x95\xA1", "tutar", "valor_total",
					  "warto\xC5\x9B\xC4\x87", "wartosc",
					  "warto\xC5\x9B\xC4\x87_brutto", "wartosc_brutto",
					  "\xD8\xA7\xD9\x84\xD8\xA5\xD8\xAC\xD9\x85\xD8\xA7\xD9\x84\xD9\x8A",
					  "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA8\xD9\x84\xD8\xBA",
					  "\xE0\xB8\xA2\xE0\xB8\xAD\xE0\xB8\x94\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1",
					  "\xE0\xB8\x88\xE0\xB8\xB3\xE0\xB8\x99\xE0\xB8\xA7\xE0\xB8\x99\xE0\xB9\x80\xE0\xB8\x87\xE0\xB8\xB4\xE0\xB8\x99",
					  /* and Swedish, Danish, Finnish, Turkish, Russian, Chinese and
					   * Japanese, the French net one (t83 F22: no hint was given) */
					  "belopp", "bel\xC3\xB8" "b", "belob", "summa", "toplam",
					  "\xD0\xB8\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
					  "\xE5\x90\x88\xE8\xAE\xA1",
					  "montant_ht", "total_ht",
					  NULL};

/* A pivot table's value field's words before the field it sums, compared (blanks dropped):
 * Excel's and Sheets' Sum of, and Excel's in German, French, Spanish, Italian, Dutch and
 * Portuguese. */
static const char *const pivot_sums[] = {"sumof", "summevon", "sommede", "sumade", "sommadi",
					 "somvan", "somade", NULL};

/* The length of the compared name's pivot prefix (pivot_sums), or 0: a longer name starts
 * there. */
static size_t pivot_sum_prefix(const char *norm)
{
	for (const char *const *p = pivot_sums; *p; p++) {
		size_t m = strlen(*p);
		if (strncmp(norm, *p, m) == 0 && norm[m])
			return m;
	}
	return 0;
}

/* The words after which a price's name says the units it is for (Price per 100, Preis pro
 * 100 Stk, Preis je kg, Price/100g): the role's names (alias_role_at) and the unit's reading
 * (sniff_price_unit) look for the same. */
static const char *const price_per_words[] = {"per", "pro", "je", "por", "pour", "za",
					      "\xD0\xB7\xD0\xB0" /* за */, "/", NULL};

/* Words for a count of units a price is for, after its per word (t89 F3: a fastener
 * wholesaler's Preis je Tsd., the US trade's Price per M and per C, Цена за тыс. шт.): the
 * count. A word of one letter only in capitals, as that trade writes it (per m is a metre's,
 * per Month no count). */
static const struct {
	const char *word;
	long count;
} price_count_words[] = {
	{"Tsd", 1000}, {"Tausend", 1000}, {"thousand", 1000}, {"mille", 1000}, {"mil", 1000},
	{"tys", 1000}, {"M", 1000}, {"\xD1\x82\xD1\x8B\xD1\x81" /* тыс */, 1000},
	{"\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD1\x83" /* тысячу */, 1000},
	{"hundred", 100}, {"Hundert", 100}, {"C", 100},
	{"\xD1\x81\xD0\xBE\xD1\x82\xD0\xBD\xD1\x8E" /* сотню */, 100},
};

/* Does a slash at s[i] stand after a number, blanks between or not (2023/24, 1/2)? Then it
 * divides numbers: no price's unit. */
static int slash_after_number(const char *s, size_t i)
{
	while (i > 0 && s[i - 1] == ' ')
		i--;
	return i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
}

static int minor_unit_word(const char *s, size_t n);
static size_t minor_unit_stem(const char *norm);

/* Words (compared) that join a date's name to its time's in one column's name: Date/Time,
 * Date & Time, Date and Time, Datum und Zeit, Fecha y hora, Date et heure. */
static const char *const date_time_joins[] = {"/", "&", "+", ",", "and", "und", "et", "y", "e",
					      "en", "og", "och", "ja", NULL};

/* Is the compared name s the end of a time's known name, of 4 bytes or more (Zeit, of
 * Uhrzeit)? Alone such a word may name a date as well (a Zeit of dates, a Zeitpunkt). */
static int time_name_end(const char *s)
{
	size_t n = strlen(s);
	for (int i = 0; n >= 4 && i < n_alias_sorted; i++) {
		const char *a = alias_sorted[i].name;
		size_t m = strlen(a);
		if (m > n && ingest_col_aliases[alias_sorted[i].index].col == RR_COL_TIME &&
		    strcmp(a + m - n, s) == 0)
			return 1;
	}
	return 0;
}

/* Is the compared name norm a date's known name, a join or none, and a time's (Epos Now's
 * Date/Time, Sale Date/Time, Date & Time), or a date's, a '/', '&' or '+' and the end of a
 * time's (Datum/Zeit)? The column holds both: the date's, not its last part's, the time
 * (t46 F2: refused as a file with no date). 1 with the date's level in *level, else 0. */
static int date_time_name(const char *norm, int *level)
{
	size_t len = strlen(norm);
	for (size_t k = 1; k + 1 < len; k++) {
		int lv;
		char head[NORM_MAX];
		if (((unsigned char)norm[k] & 0xC0) == 0x80)
			continue;
		memcpy(head, norm, k);
		if (alias_exact(norm + k, &lv) != RR_COL_TIME) {
			head[k - 1] = '\0';
			if (k > 1 && strchr("/&+", norm[k - 1]) &&
			    alias_role_at(head, level, 0) == RR_COL_DATE && time_name_end(norm + k))
				return 1;
			continue;
		}
		head[k] = '\0';
		if (alias_role_at(head, level, 0) == RR_COL_DATE)
			return 1;
		for (const char *const *j = date_time_joins; *j; j++) {
			size_t w = strlen(*j);
			if (w < k && strcmp(head + k - w, *j) == 0) {
				head[k - w] = '\0';
				if (alias_role_at(head, level, 0) == RR_COL_DATE)
					return 1;
				head[k - w] = (*j)[0];
			}
		}
	}
	return 0;
}

/* The logical column a normalized header name is a known name of, or -1; *level is its
 * level. A path such as Odoo's "Order Lines/Quantity" (a field of a related record) is its
 * last part's, unless the whole is a name (Sage's Invoice/CM #), or (split) a date's and a
 * time's (date_time_name). The date's part of that is looked up without split: a date's name
 * is no date and time itself, and each split tried again on every part took a header of 47
 * '+' 2^47 steps (the fuzzer's hang). */
/* A date's name with a calendar's column word (calendar.c's table) before or after it, as
 * compared (Hijri Date, Gregorian Date, Date Hijriah, Miladi Tarikh:
 * t89 F7, only the Arabic names were known): the Gregorian one a date's first fallback,
 * another calendar's one below it, read when alone and then refused with its --calendar
 * named (calendar_refused). */
static int calendar_date_name(const char *norm, int *level)
{
	size_t n = strlen(norm);
	const calendar *c;
	for (int k = 0; (c = calendar_at(k)) != NULL; k++)
		for (const char *const *w = c->words; *w; w++) {
			size_t m = strlen(*w);
			int lv;
			if (m >= n || m < 4)   /* ah, ec, be: a part of too many words */
				continue;
			if ((!strncmp(norm, *w, m) && alias_exact(norm + m, &lv) == RR_COL_DATE) ||
			    (!strcmp(norm + n - m, *w) && n - m < NORM_MAX &&
			     date_stem(norm, n - m))) {
				*level = c == calendar_gregorian() ? 1 : 2;
				return RR_COL_DATE;
			}
		}
	return -1;
}

static int alias_role_at(const char *norm, int *level, int split)
{
	int role = alias_exact(norm, level);
	if (role >= 0)
		return role;
	if ((role = calendar_date_name(norm, level)) >= 0)
		return role;
	if (delivery_named(norm)) {
		*level = 1;
		return RR_COL_INVOICE;
	}
	if (split && date_time_name(norm, level))
		return RR_COL_DATE;
	/* a pivot table's value column ("SUM of Quantity", Sheets and Excel, "Summe von Menge"
	 * in German): the sum of a quantity or a line total is one still; so is a sum of sales
	 * (maybe_money: Sum of Sales, Summe von Umsatz), a total over the pivot row's own lines,
	 * never an order's (t72 F24); a sum of prices or of anything else is none */
	size_t sum = pivot_sum_prefix(norm);
	if (sum) {
		role = alias_role_at(norm + sum, level, split);
		if (role < 0 && sniff_name_index(norm + sum, strlen(norm + sum), maybe_money) >= 0) {
			*level = 0;
			return RR_COL_AMOUNT;
		}
		return role == RR_COL_QTY || role == RR_COL_AMOUNT ? role : -1;
	}
	/* a price or a line total in cents, by its name's end (Recurly's unit_amount_in_cents,
	 * amount_cents, Preis in Cent; t53 F4): the stem's, read divided by 100
	 * (sniff_minor_units) */
	size_t cut = minor_unit_stem(norm);
	if (cut) {
		char stem[NORM_MAX];
		memcpy(stem, norm, cut);
		stem[cut] = '\0';
		role = alias_exact(stem, level);
		if (role == RR_COL_PRICE || role == RR_COL_AMOUNT)
			return role;
		/* amount alone is no name (a quantity's as often as money's), but an amount in
		 * cents is money: Stripe's and the man page's amount_cents, each line's (t67 F14) */
		if (strcmp(stem, "amount") == 0) {
			*level = 0;
			return RR_COL_AMOUNT;
		}
	}
	/* a price for so many units (Price per 100, t67 F2): the stem's, read divided by the
	 * number (sniff_price_per); or per a measure (Price per kg, t67 F10) */
	for (const char *const *w = price_per_words; *w; w++)
		for (const char *p = strstr(norm, *w); p && p > norm; p = strstr(p + 1, *w)) {
			size_t m = strlen(*w);
			char stem[NORM_MAX];
			if (((p[m] < '1' || p[m] > '9') && !sniff_measure(p + m, strlen(p + m))) ||
			    (**w == '/' && slash_after_number(norm, (size_t)(p - norm))))
				continue;   /* Price per 100, Price per kg, Price/100g; not 2023/24 */
			memcpy(stem, norm, (size_t)(p - norm));
			stem[p - norm] = '\0';
			if (alias_exact(stem, level) == RR_COL_PRICE)
				return RR_COL_PRICE;
		}
	/* a path's last part (Odoo's Order Lines/Quantity), or a report's field after its
	 * object (Zuora's and Salesforce's Invoice Item: Quantity, Account: Account Number: t86
	 * F14, nothing was known) */
	const char *last = strrchr(norm, '/');
	if (last)
		return last[1] ? alias_role_at(last + 1, level, split) : -1;
	if (!(last = strrchr(norm, ':')) || !last[1])
		return -1;
	/* the field with its object first: Product: Name is the product's name (product_name),
	 * Account: Name none (a bare name: a description's fallback) */
	char joined[NORM_MAX];
	size_t k = (size_t)(last - norm);
	memcpy(joined, norm, k);
	snprintf(joined + k, sizeof joined - k, "%s", last + 1);
	if (!strchr(joined, ':') && (role = alias_exact(joined, level)) >= 0)
		return role;
	/* another object's field beside the role's own name is no rival for it: a fallback
	 * (Ship To: Customer ID beside Customer ID), never past the first one (an invoice's
	 * last level is a session's). A status or a type is its object's: Loyalty: Status is a
	 * customer's, read only as a known name with its object (Financial: Status) */
	role = alias_role_at(last + 1, level, split);
	if (role == RR_COL_STATUS || role == RR_COL_EVENT)
		return -1;
	if (role >= 0 && *level == 0)
		*level = 1;
	return role;
}

static int alias_role(const char *norm, int *level)
{
	return alias_role_at(norm, level, 1);
}

/* Words a bracket at a header name's end may say whose column it is with, Shopee's
 * "Username (Buyer)". */
static const char *const bracket_roles[] = {"buyer", "customer", "client", "user", "member",
					    "kunde", "k\xC3\xA4" "ufer", "cliente", "comprador",
					    "acheteur", "klant", "koper", NULL};

/* A header name ending in a bracket that says whose column it is: the name read with that
 * word first ("Username (Buyer)" is buyer_username) into out, when that is a known name. 1
 * then, else 0: the bracket is a unit's or a remark's ("Price (EUR)"). */
static int bracket_role_name(const char *s, char out[NORM_MAX])
{
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n < 3 || s[n - 1] != ')')
		return 0;
	const char *open = memchr(s, '(', n);
	size_t inside = open ? (size_t)(s + n - 1 - open - 1) : 0;
	if (!open || open == s || sniff_name_index(open + 1, inside, bracket_roles) < 0)
		return 0;
	char role[NORM_MAX], base[NORM_MAX];
	normalize_n(open + 1, inside, role);
	normalize_n(s, (size_t)(open - s), base);
	size_t r = strlen(role), b = strlen(base);
	if (base[0] == '\x01' || r + b + 1 >= NORM_MAX)
		return 0;
	memcpy(role + r, base, b + 1);
	int level;
	if (alias_role(role, &level) < 0)
		return 0;
	memcpy(out, role, r + b + 1);
	return 1;
}

/* The remarks a price's or a total's name may end with to say whether tax is in it, as a
 * unit in brackets is read (t39 #16: Tripletex's Enhetspris eks. mva had no price): without
 * tax first, then with it, the one a level below the other, as the names of both are
 * (einzelpreis_netto, einzelpreis_brutto). */
static const char *const tax_remarks[2][112] = {
	{"eks. mva", "ekskl. mva", "exkl. moms", "ex. moms", "ekskl. moms", "excl. VAT", "ex. VAT",
	 "exc. VAT", "HT", "netto", "net", "excl. btw", "ex. btw", "exkl. MwSt", "zzgl. MwSt",
	 "sin IVA", "s/ IVA", "senza IVA", "IVA esclusa", "sem IVA", "veroton",
	 "\xD0\xB1\xD0\xB5\xD0\xB7 \xD0\x9D\xD0\x94\xD0\xA1",
	 /* e112: Czech and Slovak, Croatian, Serbian and Slovenian, Romanian, Hungarian, Greek,
	  * Bulgarian and Ukrainian, Lithuanian, Latvian, Estonian, Finnish, Hebrew (its
	  * "not including" a without's, read before the with it ends in: tax_remark_at),
	  * Arabic, Persian, Korean, GST's, Hindi */
	 "bez DPH", "bez PDV", "bez PDV-a", "brez DDV", "f\xC4\x83r\xC4\x83 TVA", "fara TVA",
	 "\xC3\x81" "FA n\xC3\xA9lk\xC3\xBCl", "afa nelkul", "nett\xC3\xB3",
	 "\xCF\x87\xCF\x89\xCF\x81\xCE\xAF\xCF\x82 \xCE\xA6\xCE\xA0\xCE\x91",
	 "\xCF\x80\xCF\x81\xCE\xBF \xCE\xA6\xCE\xA0\xCE\x91",
	 "\xD0\xB1\xD0\xB5\xD0\xB7 \xD0\x94\xD0\x94\xD0\xA1",
	 "\xD0\xB1\xD0\xB5\xD0\xB7 \xD0\x9F\xD0\x94\xD0\x92", "be PVM", "bez PVN", "KM-ta",
	 "ilma KM", "ilma KM-ta", "ilman ALV",
	 "\xD7\x9C\xD7\x9C\xD7\x90 \xD7\x9E\xD7\xA2\"\xD7\x9E",
	 "\xD7\x9C\xD7\x9C\xD7\x90 \xD7\x9E\xD7\xA2\xD7\xB4\xD7\x9E",
	 "\xD7\x9C\xD7\x90 \xD7\x9B\xD7\x95\xD7\x9C\xD7\x9C \xD7\x9E\xD7\xA2\"\xD7\x9E",
	 "\xD7\x9C\xD7\x90 \xD7\x9B\xD7\x95\xD7\x9C\xD7\x9C \xD7\x9E\xD7\xA2\xD7\xB4\xD7\x9E",
	 "\xD8\xA8\xD8\xAF\xD9\x88\xD9\x86 \xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9",
	 "\xD8\xBA\xD9\x8A\xD8\xB1 \xD8\xB4\xD8\xA7\xD9\x85\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9",
	 "\xD9\x82\xD8\xA8\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9",
	 "\xD8\xA8\xD8\xAF\xD9\x88\xD9\x86 \xD9\x85\xD8\xA7\xD9\x84\xDB\x8C\xD8\xA7\xD8\xAA",
	 "\xEB\xB6\x80\xEA\xB0\x80\xEC\x84\xB8 \xEB\xB3\x84\xEB\x8F\x84",
	 "VAT \xEB\xB3\x84\xEB\x8F\x84",
	 "\xEB\xB6\x80\xEA\xB0\x80\xEC\x84\xB8 \xEC\xA0\x9C\xEC\x99\xB8", "excl. GST",
	 "ex. GST",
	 /* t64 F1, F13: the French written with points, English's whole words and tax
	  * before the remark (PrestaShop's unit_price_tax_excl), Spanish's and Portuguese's
	  * neto, Turkish, Vietnamese, Japanese's and Chinese's (in brackets or before the
	  * name: \xE5\x8D\x98\xE4\xBE\xA1(\xE7\xA8\x8E\xE6\x8A\x9C), \xE4\xB8\x8D\xE5\x90\xAB\xE7\xA8\x8E\xE5\x8D\x95\xE4\xBB\xB7), German's ohne */
	 "hors taxes", "hors TVA", "sans TVA", "excl. tax", "ex. tax", "exc. tax",
	 "excluding VAT", "excluding tax", "excluding GST", "tax excl.", "tax excluded",
	 /* the remark's word alone, tax unnamed (t72 F19: Lightspeed eCom's Price excl beside
	  * its Price incl, which the hint offered) */
	 "excl", "excl.", "exkl", "exkl.",
	 "VAT excluded", "before tax", "pre-tax", "net of tax", "neto", "sin impuestos",
	 "ohne MwSt", "ohne USt", "exkl. USt", "zzgl. USt", "KDV hari\xC3\xA7", "KDV haric",
	 "ch\xC6\xB0" "a VAT", "ch\xC6\xB0" "a thu\xE1\xBA\xBF", "tr\xC6\xB0\xE1\xBB\x9B" "c thu\xE1\xBA\xBF",
	 "\xE7\xA8\x8E\xE6\x8A\x9C", "\xE7\xA8\x8E\xE6\x8A\x9C\xE3\x81\x8D", "\xE7\xA8\x8E\xE5\x88\xA5",
	 "\xE4\xB8\x8D\xE5\x90\xAB\xE7\xA8\x8E", "\xE4\xB8\x8D\xE5\x90\xAB\xE7\xA8\x85",
	 "\xE6\x9C\xAA\xE7\xA8\x8E", "\xE6\x9C\xAA\xE7\xA8\x85",
	 "\xE0\xA4\x9C\xE0\xA5\x80\xE0\xA4\x8F\xE0\xA4\xB8\xE0\xA4\x9F\xE0\xA5\x80 \xE0\xA4\xB0\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA4",
	 /* t74 F3: Arabic with the article and VAT named whole, Thai (glued to its name:
	  * \xE0\xB8\xA3\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xB2\xE0\xB9\x84\xE0\xB8\xA1\xE0\xB9\x88\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1 VAT), Indonesian */
	 "\xD8\xA8\xD8\xAF\xD9\x88\xD9\x86 \xD8\xA7\xD9\x84\xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9", "\xD8\xA8\xD8\xAF\xD9\x88\xD9\x86 \xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x82\xD9\x8A\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB6\xD8\xA7\xD9\x81\xD8\xA9", "\xD8\xBA\xD9\x8A\xD8\xB1 \xD8\xB4\xD8\xA7\xD9\x85\xD9\x84 \xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x82\xD9\x8A\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB6\xD8\xA7\xD9\x81\xD8\xA9", "\xD9\x82\xD8\xA8\xD9\x84 \xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x82\xD9\x8A\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB6\xD8\xA7\xD9\x81\xD8\xA9", "\xE0\xB9\x84\xE0\xB8\xA1\xE0\xB9\x88\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1 VAT", "\xE0\xB9\x84\xE0\xB8\xA1\xE0\xB9\x88\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB5", "sebelum PPN", "tidak termasuk PPN", "belum termasuk PPN",
	 /* t80 F14: Thai's before VAT (ราคาก่อน VAT beside ราคารวม VAT), Korean's written
	  * glued (VAT별도), Portuguese's without tax (Preço sem impostos) */
	 "\xE0\xB8\x81\xE0\xB9\x88\xE0\xB8\xAD\xE0\xB8\x99 VAT", "\xE0\xB8\x81\xE0\xB9\x88\xE0\xB8\xAD\xE0\xB8\x99\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB5", "VAT\xEB\xB3\x84\xEB\x8F\x84", "sem impostos", "sem IVA", NULL},
	{"inkl. mva", "inkl. moms", "incl. VAT", "inc. VAT", "TTC", "brutto", "gross",
	 "incl. btw", "inkl. MwSt", "con IVA", "c/ IVA", "IVA incluida", "IVA incluido",
	 "IVA inclusa", "com IVA", "verollinen", "\xD1\x81 \xD0\x9D\xD0\x94\xD0\xA1",
	 "s DPH", "v\xC4\x8D. DPH", "s PDV", "sa PDV", "s PDV-om", "sa PDV-om", "z DDV",
	 "cu TVA", "\xC3\xA1" "f\xC3\xA1val", "afaval",
	 "brutt\xC3\xB3", "\xCE\xBC\xCE\xB5 \xCE\xA6\xCE\xA0\xCE\x91",
	 "\xD1\x81 \xD0\x94\xD0\x94\xD0\xA1", "\xD0\xB7 \xD0\x9F\xD0\x94\xD0\x92",
	 "\xD1\x81\xD0\xB0 \xD0\x9F\xD0\x94\xD0\x92", "su PVM", "ar PVN", "KM-ga",
	 "koos KM-ga", "sis. ALV",
	 "\xD7\x9B\xD7\x95\xD7\x9C\xD7\x9C \xD7\x9E\xD7\xA2\"\xD7\x9E",
	 "\xD7\x9B\xD7\x95\xD7\x9C\xD7\x9C \xD7\x9E\xD7\xA2\xD7\xB4\xD7\x9E",
	 "\xD8\xB4\xD8\xA7\xD9\x85\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9",
	 "\xD8\xA8\xD8\xB9\xD8\xAF \xD8\xA7\xD9\x84\xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9",
	 "\xD8\xA8\xD8\xA7 \xD9\x85\xD8\xA7\xD9\x84\xDB\x8C\xD8\xA7\xD8\xAA",
	 "\xEB\xB6\x80\xEA\xB0\x80\xEC\x84\xB8 \xED\x8F\xAC\xED\x95\xA8",
	 "VAT \xED\x8F\xAC\xED\x95\xA8", "incl. GST", "inc. GST",
	 "toutes taxes comprises", "TVA incluse", "TVA comprise", "avec TVA",
	 "incl. tax", "inc. tax", "including VAT", "including tax", "including GST",
	 "tax incl.", "tax included", "VAT included", "after tax", "bruto", "lordo",
	 "incl", "incl.", "inkl", "inkl.",
	 "con impuestos", "mit MwSt", "inkl. USt", "KDV dahil", "c\xC3\xB3 VAT",
	 "c\xC3\xB3 thu\xE1\xBA\xBF", "sau thu\xE1\xBA\xBF", "\xE7\xA8\x8E\xE8\xBE\xBC",
	 "\xE7\xA8\x8E\xE8\xBE\xBC\xE3\x81\xBF", "\xE5\x90\xAB\xE7\xA8\x8E", "\xE5\x90\xAB\xE7\xA8\x85",
	 "\xE0\xA4\x9C\xE0\xA5\x80\xE0\xA4\x8F\xE0\xA4\xB8\xE0\xA4\x9F\xE0\xA5\x80 \xE0\xA4\xB8\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA4",
	 "\xD8\xB4\xD8\xA7\xD9\x85\xD9\x84 \xD8\xB6\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x82\xD9\x8A\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB6\xD8\xA7\xD9\x81\xD8\xA9", "\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1 VAT", "\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB5", "termasuk PPN", "sudah termasuk PPN", "VAT\xED\x8F\xAC\xED\x95\xA8", "com impostos", NULL},
};

/* The length of the header name s[0..n) (its blanks at the end left out) without a unit after a
 * comma at its end, a word of one to four letters or a currency's sign, a dot after it or
 * none, and the blanks around the comma (1C's and its neighbours' Цена, руб., Количество, шт,
 * Ціна, грн, Цена без НДС, руб.); n when it ends with none. */
static size_t unit_after_comma(const char *s, size_t n)
{
	size_t k = n, letters = 0;
	if (k > 0 && s[k - 1] == '.')
		k--;
	size_t end = k;
	for (; k > 0 && !strchr(" \t,.;()[]0123456789", s[k - 1]); k--)
		letters += ((unsigned char)s[k - 1] & 0xC0) != 0x80;
	/* or a minor unit's word of any length (t67 F15: Price, pence) */
	if (letters > 4 && minor_unit_word(s + k, end - k))
		letters = 1;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	if (!letters || letters > 4 || k < 2 || s[k - 1] != ',')
		return n;
	for (k--; k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t');)
		k--;
	return k;
}

/* Is w[0..m) a currency as a header name may end with it (the one table of them,
 * ingest_currencies)? An ISO code in any case (EUR, eur), after a blank or a '_'
 * (price_usd); a mark as written (kr, Fr., z\xC5\x82, \xE2\x82\xAC, $) after a blank only, not a
 * letter alone (R). */
static int currency_word(const char *w, size_t m, int blank)
{
	for (const rr_currency *c = ingest_currencies; c->mark; c++) {
		size_t k = strlen(c->mark);
		int iso = k == 3 && strcmp(c->mark, c->code) == 0 && c->mark[0] >= 'A' &&
			  c->mark[0] <= 'Z';
		if (k != m || (!iso && (!blank || (k == 1 && isalpha((unsigned char)w[0])))))
			continue;
		if (iso ? strncasecmp(w, c->mark, 3) == 0 : memcmp(w, c->mark, k) == 0)
			return 1;
	}
	return 0;
}

/* The length of the header name s[0..n) (its blanks at the end left out) without a currency
 * written after it, no bracket around it (Preis CHF, Price EUR, Cena PLN, Pris kr, price_usd:
 * currency_word), and the blanks before it; n when it ends with none. */
static size_t currency_after_name(const char *s, size_t n)
{
	/* the word a currency may follow, left out with it (t79 F22: Preis in CHF, Prix en EUR,
	 * Pre\xC3\xA7o em BRL, Pris i SEK, Cena w PLN, Cena v CZK, Russian's v RUB) */
	static const char *const in[] = {"in", "en", "em", "i", "w", "v", "\xD0\xB2", NULL};
	size_t k = n;
	while (k > 0 && s[k - 1] != ' ' && s[k - 1] != '\t' && s[k - 1] != '_')
		k--;
	if (k < 2 || k == n || !currency_word(s + k, n - k, s[k - 1] != '_'))
		return n;
	for (k--; k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '_');)
		k--;
	size_t w = k;
	while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\t' && s[w - 1] != '_')
		w--;
	for (int i = 0; w >= 2 && in[i]; i++)
		if (strlen(in[i]) == k - w && strncasecmp(s + w, in[i], k - w) == 0) {
			for (k = w - 1; k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t');)
				k--;
			break;
		}
	return k;
}

static int tax_remark_at(const char *s, size_t n, size_t *at);

/* The end of the header name s a tax remark may end at: a unit in brackets or after a comma
 * left out (Pris inkl. moms (SEK), Цена без НДС, руб.), and the blanks; a remark after a
 * comma is none (Price, net; Prix, HT). */
static size_t tax_remark_end(const char *s)
{
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n > 0 && s[n - 1] == ')') {
		const char *open = memchr(s, '(', n);
		for (n = open ? (size_t)(open - s) : n; n > 0 && s[n - 1] == ' ';)
			n--;
	}
	size_t at;
	return tax_remark_at(s, n, &at) ? n : unit_after_comma(s, n);
}

/* A header name that is a known name followed by a unit after a comma (unit_after_comma), or
 * a price's or a line total's followed by its currency (currency_after_name: t74 F27, Preis
 * CHF had no price): that name, compared, into out, and 1; else 0. Read as a unit in brackets
 * is, a level later. */
static int unit_remark_name(const char *s, char out[NORM_MAX])
{
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	size_t m = unit_after_comma(s, n);
	int money = m == n, lv, role;
	if (money)
		m = currency_after_name(s, n);
	char norm[NORM_MAX];
	if (m == n || !m || (normalize_n(s, m, norm), norm[0] == '\x01') ||
	    (role = alias_role(norm, &lv)) < 0 ||
	    (money && role != RR_COL_PRICE && role != RR_COL_AMOUNT))
		return 0;
	memcpy(out, norm, NORM_MAX);
	return 1;
}

/* The remark of tax_remarks the header name s[0..n) ends with after a space or a '_'
 * (PrestaShop's unit_price_tax_excl), the longest one: 1 for a remark without tax, 2 for one
 * with it, 0 for none; *at where it starts. The longest, so that a remark that negates
 * another one it ends with is read as itself (Hebrew's "not including VAT" ends with
 * "including VAT"). */
/* Whether a Thai letter starts at s[k] after one ends there: Thai writes no blank between
 * words (ราคาไม่รวม VAT, the price without VAT), so a remark may start at any letter. */
static int thai_glued(const char *s, size_t n, size_t k)
{
	const unsigned char *u = (const unsigned char *)s;
	return k >= 3 && k + 2 < n && u[k] == 0xE0 && (u[k + 1] == 0xB8 || u[k + 1] == 0xB9) &&
	       u[k - 3] == 0xE0 && (u[k - 2] == 0xB8 || u[k - 2] == 0xB9);
}

static int tax_remark_at(const char *s, size_t n, size_t *at)
{
	for (size_t k = 1; k < n; k++) {
		if (s[k - 1] != ' ' && s[k - 1] != '_' && !thai_glued(s, n, k))
			continue;
		for (int t = 0; t < 2; t++)
			if (sniff_name_index(s + k, n - k, tax_remarks[t]) >= 0) {
				*at = k;
				return t + 1;
			}
	}
	return 0;
}

/* The remark of tax_remarks a bracket at the end of the header name s holds whole, in ASCII's
 * or CJK's full-width brackets (Unit Price (ex VAT), Prix (TTC), \xE5\x8D\x98\xE4\xBE\xA1\xEF\xBC\x88\xE7\xA8\x8E\xE8\xBE\xBC\xEF\xBC\x89): 1
 * without tax, 2 with it, 0 none. */
static int tax_remark_bracket(const char *s)
{
	static const char *const wide_close = "\xEF\xBC\x89", *const wide_open = "\xEF\xBC\x88";
	size_t n = strlen(s), in = 0, w = strlen(wide_close);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	const char *open = NULL;
	if (n > 2 && (s[n - 1] == ')' || s[n - 1] == ']')) {
		for (size_t k = n - 1; k > 0 && !open; k--)
			if (s[k - 1] == (s[n - 1] == ')' ? '(' : '['))
				open = s + k;
		in = open ? (size_t)(s + n - 1 - open) : 0;
	} else if (n > 2 * w && memcmp(s + n - w, wide_close, w) == 0) {
		for (size_t k = n - w; k >= w && !open; k--)
			if (memcmp(s + k - w, wide_open, w) == 0)
				open = s + k;
		in = open ? (size_t)(s + n - w - open) : 0;
	}
	for (int t = 0; open && in && t < 2; t++)
		if (sniff_name_index(open, in, tax_remarks[t]) >= 0)
			return t + 1;
	return 0;
}

/* Does the header name s start with a remark of tax_remarks[k]: its first word, to a blank,
 * '_', '-', '.' or a small letter's capital, with a word after it (Net Amount, net_total, HT
 * Betrag, Gross Price), or one of five bytes or more and no blank glued to the next word
 * (Nettobetrag, Bruttopreis, \xE7\xA8\x8E\xE6\x8A\x9C\xE5\x8D\x98\xE4\xBE\xA1, \xE5\x90\xAB\xE7\xA8\x8E\xE5\x8D\x95\xE4\xBB\xB7)? The remark alone says nothing of what ("Net"). */
static int tax_remark_lead(const char *s, int k)
{
	size_t w = 0;
	while (s[w] && !strchr(" _-.\t", s[w]) &&
	       !(w > 0 && s[w] >= 'A' && s[w] <= 'Z' && s[w - 1] >= 'a' && s[w - 1] <= 'z'))
		w++;
	int more = s[w] && s[w + (strchr(" _-.\t", s[w]) != NULL)];
	if (more && sniff_name_index(s, w, tax_remarks[k]) >= 0)
		return 1;
	for (const char *const *r = tax_remarks[k]; *r; r++) {
		size_t m = strlen(*r);
		if (m >= 5 && !strchr(*r, ' ') && w > m && strncasecmp(s, *r, m) == 0)
			return 1;
	}
	return 0;
}

/* Does the header name s say tax is out of it (k 0) or in it (k 1), by a remark at its end
 * (Totaal excl. BTW, Pris inkl. moms (SEK)), in a bracket (Unit Price (inc VAT)) or before
 * it (Net Price, Bruttopreis)? A name of both sides is neither's (the end's wins over the
 * start's: Net Price incl. VAT). */
static int tax_remark_side(const char *s, int k)
{
	size_t at;
	int end = tax_remark_at(s, tax_remark_end(s), &at);
	if (!end)
		end = tax_remark_bracket(s);
	if (end)
		return end == k + 1;
	return tax_remark_lead(s, k) && !tax_remark_lead(s, !k);
}

/* Does the header name s end with a remark that tax is in it (tax_remarks[1]: Totaal incl.
 * BTW, Pris inkl. moms (SEK)), or say so in a bracket or before it (tax_remark_side)? A hint
 * names such a gross column only when no other column may be the role (t59 F13:
 * SnelStart's Totaal incl. BTW was offered beside its Totaal excl. BTW; t64 F13:
 * PrestaShop's unit_price_tax_incl beside its unit_price_tax_excl). */
int sniff_tax_included(const char *s)
{
	return tax_remark_side(s, 1);
}

int sniff_tax_excluded(const char *s)
{
	return tax_remark_side(s, 0);   /* Amount excl VAT, Montant HT, Net Amount, Nettobetrag */
}

/* A header name that is a known name followed by a tax remark (tax_remarks; a unit in
 * brackets after both left out): that name, compared, into out, and 1 for a remark without
 * tax, 2 for one with it; else 0. */
static int tax_remark_name(const char *s, char out[NORM_MAX])
{
	size_t k, b;
	int with = tax_remark_at(s, tax_remark_end(s), &k);
	if (!with)
		return 0;
	for (b = k; b > 0 && strchr(" ,-_", s[b - 1]);)
		b--;
	char norm[NORM_MAX];
	int lv;
	if (!b || (normalize_n(s, b, norm), norm[0] == '\x01') || alias_role(norm, &lv) < 0)
		return 0;
	memcpy(out, norm, NORM_MAX);
	return with;
}

/* A header name that is a tax remark glued before a price's or a line total's known name
 * (tax_remark_lead: Japanese's \xE7\xA8\x8E\xE6\x8A\x9C\xE5\x8D\x98\xE4\xBE\xA1 and \xE7\xA8\x8E\xE8\xBE\xBC\xE5\x8D\x98\xE4\xBE\xA1, as Smaregi and Yayoi write them):
 * that name, compared, into out, and 1 for a remark without tax, 2 for one with it, as
 * tax_remark_name gives a remark after its name (t80 F14: neither was read); else 0. */
static int tax_lead_name(const char *s, char out[NORM_MAX])
{
	for (int k = 0; k < 2; k++) {
		if (!tax_remark_lead(s, k) || tax_remark_lead(s, !k))
			continue;
		for (const char *const *r = tax_remarks[k]; *r; r++) {
			size_t m = strlen(*r);
			const char *rest = s + m;
			/* glued only: a remark and a name apart (Gross Price, Net Price) are the
			 * names' own business, Toast's line totals among them */
			if (m < 5 || strncasecmp(s, *r, m) != 0 || !*rest || strchr(" _-.\t", *rest))
				continue;
			char norm[NORM_MAX];
			int lv, role;
			normalize(rest, norm);
			if (norm[0] == '\x01' ||
			    ((role = alias_role(norm, &lv)) != RR_COL_PRICE && role != RR_COL_AMOUNT))
				continue;
			memcpy(out, norm, NORM_MAX);
			return k + 1;
		}
	}
	return 0;
}

static int holds_role_name(const char *norm, int c);
int sniff_name_holds_role(const char *name, int role)
{
	char norm[NORM_MAX];
	normalize(name, norm);
	return norm[0] != '\x01' && holds_role_name(norm, role);
}

/* Words of a header's names that say its language, for what languages read their own way (a
 * month's name: csvdate.h's date_month_senses, where Croatian's listopad is October and Polish's
 * and Czech's November; t74 F2). Only the languages of such a disagreement are listed, each
 * with words the others do not write in a header (cijena, not cena), but for a word two
 * write (artikl: Croatian and Czech), listed under both, which then weighs for both (t76 F1);
 * lower case, accented and not. */
static const struct header_lang {
	const char *lang;    /* ISO 639-1 */
	const char *words;   /* comma-separated */
} header_langs[] = {
	{"hr", "\xC5\xA1ifra,sifra,ra\xC4\x8Duna,racuna,ra\xC4\x8Dun,racun,kupca,kupac,"
	       "koli\xC4\x8Dina,kolicina,cijena,artikla,artikl,iznos,naziv,mjera,ukupno"},
	{"pl", "ilo\xC5\x9B\xC4\x87,ilosc,nazwa,kontrahent,kontrahenta,towaru,towar,faktury,"
	       "warto\xC5\x9B\xC4\x87,wartosc,paragonu"},
	{"cs", "mno\xC5\xBEstv\xC3\xAD,mnozstvi,z\xC3\xA1kazn\xC3\xADk,zakaznik,"
	       "\xC4\x8D\xC3\xADslo,cislo,zbo\xC5\xBE\xC3\xAD,zbozi,n\xC3\xA1zev,nazev,"
	       "doklad,dokladu,\xC4\x8D\xC3\xA1stka,castka,artikl,artiklu,"
	       "odb\xC4\x9Bratel,odb\xC4\x9Bratele,odberatel,odberatele,ks"},
};

/* Whether the word w[0..n) is one of list's (comma-separated), any case. */
static int word_listed(const char *w, size_t n, const char *list)
{
	for (const char *p = list; *p;) {
		size_t k = strcspn(p, ",");
		if (textfold_same(w, n, p, k))
			return 1;
		p += k + (p[k] == ',');
	}
	return 0;
}

/* The languages of header_langs whose words name s holds, a bit each. */
static unsigned name_langs(const char *s)
{
	unsigned found = 0;
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			i++;
			continue;
		}
		size_t j = i;   /* a word: letters, any past ASCII */
		while (j < len && ((unsigned char)s[j] >= 0x80 ||
				   ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')))
			j++;
		for (size_t l = 0; l < sizeof header_langs / sizeof *header_langs; l++)
			if (word_listed(s + i, j - i, header_langs[l].words))
				found |= 1u << l;
		i = j;
	}
	return found;
}

const char *sniff_header_lang(const char *const *name, int n)
{
	enum { LANGS = sizeof header_langs / sizeof *header_langs };
	int votes[LANGS] = {0}, all = 0;
	for (int c = 0; c < n; c++) {
		unsigned found = name[c] ? name_langs(name[c]) : 0;
		for (size_t l = 0; l < LANGS; l++)
			if (found >> l & 1) {
				votes[l]++;
				all++;
			}
	}
	/* the language of more names than all the others together: Odb\u011Bratel, Artikl and
	 * Ks say Czech though Croatian writes Artikl too; one name each says neither */
	for (size_t l = 0; l < LANGS; l++)
		if (votes[l] && 2 * votes[l] > all)
			return header_langs[l].lang;
	return NULL;
}

int sniff_known_name(const char *name)
{
	char norm[NORM_MAX];
	int lv;
	normalize(name, norm);
	return alias_role(norm, &lv) >= 0;
}

/* rr_list_head's rank: 3 the loaded file's own name of the column, 2 a known name of its role,
 * 1 a fallback's (level 1 and up), 0 none. */
static int list_rank(const char *cell, const rr_list_head *h)
{
	char norm[NORM_MAX];
	int lv;
	if (h->data && sniff_same_name(cell, strlen(cell), h->data))
		return 3;
	normalize(cell, norm);
	if (norm[0] == '\x01' || alias_role(norm, &lv) != h->role)
		return 0;
	return lv == 0 ? 2 : 1;
}

/* The names relrec's exports give a column of codes besides stock_code (the rules export's
 * two sides, t69 F-B), and the names of either kind's columns, for a list of the other kind
 * (t78 F4: a customers export given to exclude items). */
static const char *const list_item_also[] = {RR_EXPORT_RULE_FROM, RR_EXPORT_RULE_TO, NULL};
static const char *const list_item_names[] = {RR_EXPORT_ITEM, RR_EXPORT_RULE_FROM,
					      RR_EXPORT_RULE_TO, NULL};
static const char *const list_customer_names[] = {RR_EXPORT_CUSTOMER, NULL};

void sniff_list_head(rr_list_head *h, int role, const char *own, const char *data)
{
	int items = role == RR_COL_ITEM;
	*h = (rr_list_head){.own = own, .rank = list_rank, .role = role, .data = data,
			    .also = items ? list_item_also : NULL,
			    .other = items ? list_customer_names : list_item_names,
			    .other_role = items ? RR_COL_USER : RR_COL_ITEM,
			    .other_what = items ? LIST_OF_CUSTOMERS : LIST_OF_CODES};
}

int sniff_name_role(const char *name)
{
	char norm[NORM_MAX];
	int lv;
	normalize(name, norm);
	return alias_role(norm, &lv);
}

int sniff_name_level(const char *name)
{
	char norm[NORM_MAX];
	int lv = -1;
	normalize(name, norm);
	return alias_role(norm, &lv) >= 0 ? lv : -1;
}

/* The words that say money is written in a currency's minor unit: in a header name (cents,
 * pence, kopecks, the Chinese fen in brackets: 金额(分); "cent" only as a word of its own or
 * after in: amountincents, never within percent), or after a number in a value (85p, 85¢:
 * a British or American sheet's prices under one pound or dollar). One table for both, with
 * the unit as the load's note names it and the currency a value's mark is of (NULL: the
 * file's own). Every one is a hundredth of its currency. */
enum { MINOR_NAME = 1, MINOR_VALUE = 2 };
static const struct minor_unit {
	const char *word, *unit, *code;
	int where;
} minor_units[] = {
	{"cents", "cents", NULL, MINOR_NAME}, {"cent", "cents", NULL, MINOR_NAME},
	{"centavos", "centavos", NULL, MINOR_NAME}, {"centimes", "centimes", NULL, MINOR_NAME},
	{"c\xC3\xA9ntimos", "c\xC3\xA9ntimos", NULL, MINOR_NAME},
	{"centimos", "c\xC3\xA9ntimos", NULL, MINOR_NAME},
	{"centesimi", "centesimi", NULL, MINOR_NAME},
	{"minor_units", "minor units", NULL, MINOR_NAME},
	{"minor_unit", "minor units", NULL, MINOR_NAME}, {"minor", "minor units", NULL, MINOR_NAME},
	/* t67 F1: the pound's, the rouble's and hryvnia's, the crowns', the zloty's, the
	 * koruna's, the rupee's */
	{"pence", "pence", "GBP", MINOR_NAME | MINOR_VALUE},
	{"penny", "pence", "GBP", MINOR_NAME}, {"pennies", "pence", "GBP", MINOR_NAME},
	{"(p)", "pence", "GBP", MINOR_NAME}, {"[p]", "pence", "GBP", MINOR_NAME},
	{", p", "pence", "GBP", MINOR_NAME}, {"p", "pence", "GBP", MINOR_VALUE},
	{"\xC2\xA2", "cents", NULL, MINOR_NAME | MINOR_VALUE},
	{"kopecks", "kopecks", NULL, MINOR_NAME}, {"kopeck", "kopecks", NULL, MINOR_NAME},
	{"kopeks", "kopecks", NULL, MINOR_NAME}, {"kopek", "kopecks", NULL, MINOR_NAME},
	{"\xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB5\xD0\xBA", "kopecks", NULL, MINOR_NAME},
	{"\xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB9\xD0\xBA\xD0\xB8", "kopecks", NULL, MINOR_NAME},
	{"\xD0\xBA\xD0\xBE\xD0\xBF\xD1\x96\xD0\xB9\xD0\xBA\xD0\xB8", "kopecks", NULL, MINOR_NAME},
	{"\xD0\xBA\xD0\xBE\xD0\xBF", "kopecks", NULL, MINOR_NAME},
	{"\xC3\xB6re", "\xC3\xB6re", NULL, MINOR_NAME}, {"\xC3\xB8re", "\xC3\xB8re", NULL, MINOR_NAME},
	{"grosze", "grosze", NULL, MINOR_NAME}, {"groszy", "grosze", NULL, MINOR_NAME},
	{"grosz", "grosze", NULL, MINOR_NAME},
	{"hal\xC3\xA9\xC5\x99\xC5\xAF", "hal\xC3\xA9\xC5\x99" "e", NULL, MINOR_NAME},
	{"hal\xC3\xA9\xC5\x99" "e", "hal\xC3\xA9\xC5\x99" "e", NULL, MINOR_NAME},
	{"haleru", "hal\xC3\xA9\xC5\x99" "e", NULL, MINOR_NAME},
	{"paise", "paise", NULL, MINOR_NAME},
	/* t80 F12: the case forms of "in cents" (Cena w groszach, Cena v hal\xC3\xA9\xC5\x99\xC3\xADch, \xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xB2
	 * \xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB9\xD0\xBA\xD0\xB0\xD1\x85, Hinta senttein\xC3\xA4, \xC3\x81r fill\xC3\xA9rben), Dutch centen, Romanian bani, and Japan's sen
	 * (\xE5\x8D\x98\xE4\xBE\xA1(\xE9\x8A\xAD): a hundredth of a yen, as B2B fuel price lists write it) */
	{"groszach", "grosze", NULL, MINOR_NAME},
	{"hal\xC3\xA9\xC5\x99\xC3\xAD" "ch", "hal\xC3\xA9\xC5\x99" "e", NULL, MINOR_NAME},
	{"\xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB9\xD0\xBA\xD0\xB0\xD1\x85", "kopecks", NULL, MINOR_NAME},
	{"senttein\xC3\xA4", "sentit", NULL, MINOR_NAME}, {"sentit", "sentit", NULL, MINOR_NAME},
	{"fill\xC3\xA9rben", "fill\xC3\xA9r", NULL, MINOR_NAME},
	{"fill\xC3\xA9r", "fill\xC3\xA9r", NULL, MINOR_NAME},
	{"centen", "centen", NULL, MINOR_NAME}, {"bani", "bani", NULL, MINOR_NAME},
	{"(\xE9\x8A\xAD)", "sen", "JPY", MINOR_NAME},
	{"\xEF\xBC\x88\xE9\x8A\xAD\xEF\xBC\x89", "sen", "JPY", MINOR_NAME},
	{"(\xE5\x88\x86)", "fen", NULL, MINOR_NAME},
	{"\xEF\xBC\x88\xE5\x88\x86\xEF\xBC\x89", "fen", NULL, MINOR_NAME},
	{NULL, NULL, NULL, 0},
};

static int ascii_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Is the minor unit word w at name[i] a word of the name: not inside another (percent,
 * kopeika's kop in a kopiya), nor after per (a price per cent)? */
static int minor_word_at(const char *name, size_t i, const char *w)
{
	size_t m = strlen(w);
	unsigned char b = i ? (unsigned char)name[i - 1] : ' ', a = (unsigned char)name[i + m];
	unsigned char last = (unsigned char)w[m - 1];
	int word_start = !ascii_letter((unsigned char)w[0]) || !ascii_letter(b) ||
			 (name[i] >= 'A' && name[i] <= 'Z') ||   /* amountCents */
			 (i >= 2 && strncasecmp(name + i - 2, "in", 2) == 0);
	/* a word ending in a letter past ASCII goes on while letters past ASCII follow; one
	 * with a point and a letter after it is an abbreviation's first letter (p.u., per unit:
	 * t71 F11, whole euros read as pence) */
	int word_end = !ascii_letter(a) && !(a >= 0x80 && last >= 0x80 && strcmp(w, "\xC2\xA2")) &&
		       !(a == '.' && ascii_letter((unsigned char)name[i + m + 1]));
	size_t j = i;
	while (j > 0 && strchr(" _-", name[j - 1]))
		j--;
	int per = j >= 3 && strncasecmp(name + j - 3, "per", 3) == 0;
	return word_start && word_end && !per;
}

/* The measures goods sold by weight, volume or length are written in, each unit's size in its
 * kind's smallest here: a quantity of 750 g beside 1.500 kg, or a Quantity (g) beside a Price
 * per kg, is read in the unit the price is per (t67 F10, F11: the offered strip read grams as
 * kilograms, and 1.500 kg as 1.500 k). */
static const rr_measure measures[] = {
	{"mg", RR_MEASURE_MASS, 0.001}, {"g", RR_MEASURE_MASS, 1}, {"gr", RR_MEASURE_MASS, 1},
	{"gram", RR_MEASURE_MASS, 1}, {"grams", RR_MEASURE_MASS, 1}, {"gramm", RR_MEASURE_MASS, 1},
	{"grammes", RR_MEASURE_MASS, 1}, {"gramos", RR_MEASURE_MASS, 1}, {"kg", RR_MEASURE_MASS, 1000},
	{"kgs", RR_MEASURE_MASS, 1000}, {"kilo", RR_MEASURE_MASS, 1000}, {"kilos", RR_MEASURE_MASS, 1000},
	{"kilogram", RR_MEASURE_MASS, 1000}, {"kilograms", RR_MEASURE_MASS, 1000},
	{"kilogramm", RR_MEASURE_MASS, 1000}, {"lb", RR_MEASURE_MASS, 453.59237},
	{"lbs", RR_MEASURE_MASS, 453.59237}, {"oz", RR_MEASURE_MASS, 28.349523125},
	{"ml", RR_MEASURE_VOLUME, 1}, {"cl", RR_MEASURE_VOLUME, 10}, {"dl", RR_MEASURE_VOLUME, 100},
	{"l", RR_MEASURE_VOLUME, 1000}, {"ltr", RR_MEASURE_VOLUME, 1000}, {"litre", RR_MEASURE_VOLUME, 1000},
	{"liter", RR_MEASURE_VOLUME, 1000}, {"litres", RR_MEASURE_VOLUME, 1000},
	{"liters", RR_MEASURE_VOLUME, 1000}, {"mm", RR_MEASURE_LENGTH, 1}, {"cm", RR_MEASURE_LENGTH, 10},
	{"m", RR_MEASURE_LENGTH, 1000}, {"metre", RR_MEASURE_LENGTH, 1000},
	{"meter", RR_MEASURE_LENGTH, 1000}, {"metres", RR_MEASURE_LENGTH, 1000},
	{"meters", RR_MEASURE_LENGTH, 1000}, {"gal", RR_MEASURE_VOLUME, 3785.411784},
	{"gallon", RR_MEASURE_VOLUME, 3785.411784}, {"gallons", RR_MEASURE_VOLUME, 3785.411784},
	/* UN/ECE Recommendation 20's codes, as e-invoices write them (t83 F23) */
	{"mgm", RR_MEASURE_MASS, 0.001}, {"grm", RR_MEASURE_MASS, 1}, {"kgm", RR_MEASURE_MASS, 1000},
	{"lbr", RR_MEASURE_MASS, 453.59237}, {"onz", RR_MEASURE_MASS, 28.349523125},
	{"mlt", RR_MEASURE_VOLUME, 1}, {"clt", RR_MEASURE_VOLUME, 10}, {"dlt", RR_MEASURE_VOLUME, 100},
	{"mmt", RR_MEASURE_LENGTH, 1}, {"cmt", RR_MEASURE_LENGTH, 10}, {"mtr", RR_MEASURE_LENGTH, 1000},
	{NULL, 0, 0},
};

const rr_measure *sniff_measure(const char *s, size_t n)
{
	if (n > 1 && s[n - 1] == '.')
		n--;
	for (const rr_measure *m = measures; m->word; m++)
		if (strlen(m->word) == n && strncasecmp(m->word, s, n) == 0)
			return m;
	return NULL;
}

/* A run of ASCII letters at s (a point after it kept by sniff_measure: kg.): its length. */
static size_t letters_at(const char *s)
{
	size_t n = 0;
	while (ascii_letter((unsigned char)s[n]))
		n++;
	return n + (n && s[n] == '.');
}

/* A byte of a letter: an ASCII one's, or any of one past ASCII (the Cyrillic за, тыс). */
static int word_byte(unsigned char c)
{
	return ascii_letter(c) || c >= 0x80;
}

/* The count a word of price_count_words at s says, as a word of its own (a point after it
 * or none, Tsd.), its length into *len; else 0. */
static long count_word_at(const char *s, size_t *len)
{
	for (size_t k = 0; k < sizeof price_count_words / sizeof *price_count_words; k++) {
		const char *w = price_count_words[k].word;
		size_t m = strlen(w);
		if ((m == 1 ? strncmp(s, w, 1) : strncasecmp(s, w, m)) != 0 ||
		    word_byte((unsigned char)s[m]))
			continue;
		*len = m + (s[m] == '.');
		return price_count_words[k].count;
	}
	return 0;
}

/* Does s start with three digits and no fourth: a group of a thousand's (1,000; 1.000)? */
static int digit_group(const char *s)
{
	return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' &&
	       s[2] <= '9' && !(s[3] >= '0' && s[3] <= '9');
}

/* The unit the name says after its per word at name + k (sniff_price_unit): 1 and *count,
 * *measure when there is one. A count is 1 to 1000000, its thousands grouped or not (per
 * 1,000), or a word (price_count_words), and no part of a fraction or a rate (20%, 12/24,
 * 1.5); a measure is a whole word (not the m of "Price per month"). */
static int unit_after(const char *s, long *count, const rr_measure **measure)
{
	while (*s == ' ' || *s == '_')
		s++;
	long v = 1;
	size_t cw;
	if ((v = count_word_at(s, &cw)) > 0) {   /* je Tsd. St., per M */
		for (s += cw; *s == ' ' || *s == '_';)
			s++;
		size_t w = letters_at(s);
		*measure = w ? sniff_measure(s, w) : NULL;
		*count = v;
		return 1;
	}
	if (*s >= '1' && *s <= '9') {
		char *end;
		v = strtol(s, &end, 10);
		while ((*end == ',' || *end == '.') && v < 1000 && digit_group(end + 1)) {
			v = v * 1000 + strtol(end + 1, NULL, 10);   /* per 1,000 */
			end += 4;
		}
		if (v > 1000000 || *end == '%' || *end == '/' ||
		    ((*end == '.' || *end == ',') && end[1] >= '0' && end[1] <= '9'))
			return 0;
		int glued = ascii_letter((unsigned char)*end);
		s = end;
		while (*s == ' ' || *s == '_')
			s++;
		size_t w = letters_at(s);
		const rr_measure *m = w ? sniff_measure(s, w) : NULL;
		if (glued && !m)   /* 100th, 2nd: no count */
			return 0;
		*count = v;
		*measure = m;
		return v >= 2 || m;
	}
	size_t w = letters_at(s);
	const rr_measure *m = w ? sniff_measure(s, w) : NULL;
	if (!m)
		return 0;
	*measure = m;
	return 1;
}

/* sniff_price_unit, and where its per word starts into *at. */
static int price_unit_at(const char *name, long *count, const rr_measure **measure,
			 size_t *at)
{
	*count = 1;
	*measure = NULL;
	size_t n = strlen(name);
	for (size_t i = 0; i < n; i++)
		for (const char *const *w = price_per_words; *w; w++) {
			size_t m = strlen(*w);
			int slash = **w == '/';
			if (strncasecmp(name + i, *w, m) != 0 ||
			    (slash ? slash_after_number(name, i)
				   : (i && word_byte((unsigned char)name[i - 1])) ||
				     word_byte((unsigned char)name[i + m])))
				continue;
			if (unit_after(name + i + m, count, measure)) {
				*at = i;
				return 1;
			}
			*count = 1;
			*measure = NULL;
		}
	return 0;
}

int sniff_price_unit(const char *name, long *count, const rr_measure **measure)
{
	size_t at;
	return price_unit_at(name, count, measure, &at);
}

/* A price's name followed by the units it is for (price_unit_at: Preis je Tsd., Цена за тыс.
 * шт., руб., Cena za 1000 szt., t89 F3: no price column, the hint's --map then read in
 * thousands): the price's name before its per word, compared, into out, and 1; else 0. */
static int price_unit_name(const char *s, char out[NORM_MAX])
{
	long count;
	const rr_measure *m;
	size_t at;
	int lv;
	char norm[NORM_MAX];
	if (!price_unit_at(s, &count, &m, &at))
		return 0;
	while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\t' || s[at - 1] == '_'))
		at--;
	if (!at || (normalize_n(s, at, norm), norm[0] == '\x01') ||
	    alias_role(norm, &lv) != RR_COL_PRICE)
		return 0;
	memcpy(out, norm, NORM_MAX);
	return 1;
}

long sniff_price_per(const char *name)
{
	long count;
	const rr_measure *m;
	return sniff_price_unit(name, &count, &m) && count >= 2 ? count : 0;
}

/* Is s[0..n) a header's minor unit word whole (pence, kopecks)? */
static int minor_unit_word(const char *s, size_t n)
{
	for (const struct minor_unit *u = minor_units; u->word; u++)
		if ((u->where & MINOR_NAME) && strlen(u->word) == n && strncasecmp(s, u->word, n) == 0)
			return 1;
	return 0;
}

const char *sniff_minor_units_of(const char *name, const char **code)
{
	size_t n = strlen(name);
	*code = NULL;
	for (const struct minor_unit *u = minor_units; u->word; u++) {
		size_t m = strlen(u->word);
		for (size_t i = 0; (u->where & MINOR_NAME) && i + m <= n; i++)
			if (strncasecmp(name + i, u->word, m) == 0 && minor_word_at(name, i, u->word)) {
				*code = u->code;
				return u->unit;
			}
	}
	return NULL;
}

const char *sniff_minor_units(const char *name)
{
	const char *code;
	return sniff_minor_units_of(name, &code);
}

const char *sniff_minor_mark(const char *s, size_t n, const char **code)
{
	for (const struct minor_unit *u = minor_units; u->word; u++)
		if ((u->where & MINOR_VALUE) && strlen(u->word) == n &&
		    strncasecmp(s, u->word, n) == 0) {
			*code = u->code;
			return u->unit;
		}
	return NULL;
}

/* The length of the compared name norm without a minor unit's word at its end, an "in"
 * before it taken too (Recurly's unitamountincents, priceinpence, unitpriceminor): the
 * words of minor_units made of letters, compared as normalize folds them (Price in \xC3\xB6re,
 * Pris_\xC3\xB8re: t80 F12), cent only after in; the other languages' in (i, em, en, w, v,
 * \xD0\xB2: Pris i \xC3\xB8re, Cena w groszach) only where the stem left is a known name. 0 when it
 * ends with none. */
static size_t minor_unit_stem(const char *norm)
{
	static const char *const ins[] = {"i", "em", "en", "w", "v", "\xD0\xB2", NULL};
	size_t n = strlen(norm);
	for (const struct minor_unit *u = minor_units; u->word; u++) {
		char w[NORM_MAX], stem[NORM_MAX];
		int lv;
		if (!(u->where & MINOR_NAME) || strpbrk(u->word, " ,()[]\xC2"))
			continue;   /* letters only: not (p), nor the cent sign */
		normalize(u->word, w);
		size_t m = strlen(w);
		if (!m || m >= n || strcmp(norm + n - m, w) != 0)
			continue;
		int in = n - m > 2 && strncmp(norm + n - m - 2, "in", 2) == 0;
		if (strcmp(w, "cent") == 0 && !in)
			continue;
		for (int k = 0; !in && ins[k]; k++) {
			size_t l = strlen(ins[k]);
			if (n - m <= l || strncmp(norm + n - m - l, ins[k], l) != 0)
				continue;
			memcpy(stem, norm, n - m - l);
			stem[n - m - l] = '\0';
			if (alias_exact(stem, &lv) >= 0)
				return n - m - l;
		}
		return n - m - (in ? 2 : 0);
	}
	return 0;
}

int sniff_flag_name(const char *name)
{
	char norm[NORM_MAX];
	int lv = -1;
	return !normalize_n(name, strlen(name), norm) && alias_role(norm, &lv) == RR_COL_STATUS &&
	       lv == RR_ALIAS_LEVELS - 1 && !strstr(norm, "status");
}

int sniff_invoice_session(const char *name)
{
	char norm[NORM_MAX];
	int lv = -1;
	return !normalize_n(name, strlen(name), norm) && alias_role(norm, &lv) == RR_COL_INVOICE &&
	       lv == RR_ALIAS_LEVELS - 1;
}

int sniff_delivery_note(const char *name)
{
	char norm[NORM_MAX];
	return !normalize_n(name, strlen(name), norm) && delivery_named(norm);
}

int sniff_order_named(const char *name)
{
	char norm[NORM_MAX];
	int lv = -1;
	if (normalize_n(name, strlen(name), norm) || norm[0] == '\x01')
		return 0;
	if (alias_role(norm, &lv) == RR_COL_INVOICE)
		return lv < RR_ALIAS_LEVELS - 1;
	/* a qualified one (Sales Order No, Customer Invoice Number): its last two words or more,
	 * from a word's start (not Reorder, nor a bare word: Sort order) */
	for (size_t k = 1, n = strlen(name); k < n; k++) {
		if (!strchr(" _-.", name[k - 1]) || strchr(" _-.", name[k]) ||
		    !strpbrk(name + k, " _-.") || normalize_n(name + k, n - k, norm))
			continue;
		if (alias_exact(norm, &lv) == RR_COL_INVOICE && lv < RR_ALIAS_LEVELS - 1)
			return 1;
	}
	return 0;
}

/* Whether name is an item's bare word (Item, Product, Artikel): beside a code it is the
 * description (sniff_columns). */
static int item_word(const char *name)
{
	char norm[NORM_MAX];
	int lv = -1;
	return !normalize_n(name, strlen(name), norm) && alias_role(norm, &lv) == RR_COL_ITEM &&
	       lv == 1;
}

static int is_number(const char *s)
{
	int digit = 0, mark = 0;
	if (*s == '-' || *s == '+')
		s++;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digit = 1;
		else if ((*s == '.' || *s == ',') && !mark)
			mark = 1;
		else
			return 0;
	}
	return digit;
}

/* d_N, day_N, dayN or d-N (case aside): a day's column by its number */
static int is_day_number_name(const char *s)
{
	size_t i = 0;
	if ((s[0] | 0x20) != 'd')
		return 0;
	i = (s[1] | 0x20) == 'a' && (s[2] | 0x20) == 'y' ? 3 : 1;
	if (s[i] == '_' || s[i] == '-' || s[i] == ' ')
		i++;
	else if (i == 1)   /* d1 may be anything: only d_1 is M5's */
		return 0;
	size_t d = i;
	while (s[i] >= '0' && s[i] <= '9')
		i++;
	return i > d && !s[i];
}

/* A name that reads as a date and is not a bare number (a header of data is sniff_data_like's) */
static int is_date_name(const char *s)
{
	int32_t minute;
	return !is_number(s) && strspn(s, "0123456789") < strlen(s) &&
	       date_read_one(s, strlen(s), &minute) == 0;
}

int sniff_wide_days(const char *const *name, int n, int *first, int *last)
{
	int k = 0;
	*first = *last = -1;
	for (int f = 0; f < n; f++)
		if (is_day_number_name(name[f]) || is_date_name(name[f])) {
			if (!k++)
				*first = f;
			*last = f;
		}
	return k;
}

int sniff_data_like(const char *const *name, int n)
{
	int k = 0;
	for (int f = 0; f < n; f++)
		k += is_number(name[f]);
	return k >= 2 && 2 * k >= n ? k : 0;
}

/* The shape of a value, for telling a first line of data from a header (t42 F5): 'n' a
 * number, 'd' a date (a timestamp), 'c' a code of letters and digits without a blank (C0022,
 * SKU-015), 0 anything else (a word, a name, a status). */
static char value_shape(const char *s)
{
	size_t n = strlen(s), letters = 0, digits = 0;
	int32_t minute;
	if (!n)
		return 0;
	if (is_number(s))
		return 'n';
	if (n <= 40 && date_read_one(s, n, &minute) == 0)
		return 'd';
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		if (c >= '0' && c <= '9')
			digits++;
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			letters++;
		else if (c <= ' ' || c >= 0x80 || !strchr("-_./#:", c))
			return 0;
	}
	return digits && letters && n <= 32 ? 'c' : 0;
}

int sniff_data_shaped(const char *const *name, int n, const sniff_values *seen)
{
	int k = 0, known = 0;
	if (!seen || !seen->rows)
		return 0;
	for (int f = 0; f < n && f < MAX_COLS; f++) {
		char norm[NORM_MAX], shape = value_shape(name[f]);
		int lv = 0;
		normalize(name[f], norm);
		if (norm[0] && alias_role(norm, &lv) >= 0)
			known++;
		else if (shape && seen->filled[f] && shape == value_shape(seen->first[f]))
			k++;
	}
	/* a header names its columns: one known name outweighs two data-shaped cells (a
	 * column named 2023 above counts, a Code: K1 above codes) */
	return k >= 2 && 2 * k >= n && known * 2 < k ? k : 0;
}

/* The next field of the line s[0..n) from *i into out (quotes undone as CSV has them), cut
 * to cap - 1 bytes (*cut then 1). 0 when the line has no more (an empty line has one empty
 * field; a field whose quote never closes is none). */
static int next_field(const char *s, size_t n, char sep, size_t *i, char *out, size_t cap,
		      int *cut)
{
	size_t len = 0;
	int quoted = 0;
	*cut = 0;
	for (; *i <= n; (*i)++) {
		char c = *i < n ? s[*i] : sep;
		if (c == '"' && (quoted || len == 0)) {
			if (quoted && *i + 1 < n && s[*i + 1] == '"')
				(*i)++;   /* "" inside quotes: one quote */
			else {
				quoted = !quoted;
				continue;
			}
		} else if (c == sep && !quoted) {
			(*i)++;
			out[len] = '\0';
			return 1;
		}
		if (len + 1 < cap)
			out[len++] = c;
		else
			*cut = 1;
	}
	return 0;
}

int sniff_header_like(const char *s, size_t n, char sep)
{
	int have[RR_COL_N] = {0};
	char name[NORM_MAX + 1];
	size_t i = 0;
	int field = 0, first_empty = 0, cut;
	while (next_field(s, n, sep, &i, name, sizeof name, &cut)) {
		char norm[NORM_MAX];
		int lv = 0, role;
		normalize(name, norm);
		if (!cut && (role = alias_role(norm, &lv)) >= 0)
			have[role] = 1;
		if (field++ == 0)
			first_empty = norm[0] == '\0';
	}
	if (have[RR_COL_ITEM] && have[RR_COL_DATE])
		return have[RR_COL_USER] ? 1 : first_empty ? 2 : 3;
	return have[RR_COL_USER] && have[RR_COL_DATE] && first_empty ? 4 : 0;
}

int sniff_line_names(const char *s, size_t n, char sep, int *fields, int *named)
{
	char name[NORM_MAX + 1];
	size_t i = 0;
	int values = 0, codes = 0, cut;
	*fields = *named = 0;
	while (next_field(s, n, sep, &i, name, sizeof name, &cut)) {
		char *c = name + strspn(name, " \t");
		size_t e = strlen(c);
		while (e && (c[e - 1] == ' ' || c[e - 1] == '\t'))
			c[--e] = '\0';
		(*fields)++;
		if (!e)
			continue;
		(*named)++;
		char shape = cut ? 0 : value_shape(c);
		int letter = 0;
		for (size_t k = 0; k < e && !letter; k++)
			letter = (unsigned char)c[k] >= 0x80 || ((c[k] | 0x20) >= 'a' && (c[k] | 0x20) <= 'z');
		values += shape == 'n' || shape == 'd' || !letter;
		codes += shape == 'c';
	}
	return *named && !values && 4 * codes <= *named;
}

int sniff_one_value(const char *s, size_t n, char sep)
{
	char name[NORM_MAX + 1];
	size_t i = 0;
	int named = 0, cut;
	while (next_field(s, n, sep, &i, name, sizeof name, &cut))
		named += cut || name[strspn(name, " \t")];
	return named == 1;
}

int sniff_name_alone(const char *s, size_t n, char sep)
{
	char name[NORM_MAX + 1];
	size_t i = 0;
	int field = 0, named = 0, cut;
	while (next_field(s, n, sep, &i, name, sizeof name, &cut)) {
		int blank = !cut && !name[strspn(name, " \t")];
		if (field++ == 0)
			named = !blank;
		else if (!blank)
			return 0;
	}
	return named;
}

int sniff_line_known(const char *s, size_t n, char sep, const char *map, const char *path,
		     int quick, char *known, size_t size)
{
	enum { NAMES_MAX = 8192 };   /* a header's names past this are cut: it decides no page */
	char *buf = malloc(NAMES_MAX);
	const char *name[MAX_COLS];
	int nf = 0, col[RR_COL_N], cut, named = 0;
	size_t i = 0, used = 0, o = 0;
	const char *schema;
	if (size)
		known[0] = '\0';
	if (!buf)
		return 0;
	while (nf < MAX_COLS && used + NORM_MAX + 1 <= NAMES_MAX &&
	       next_field(s, n, sep, &i, buf + used, NORM_MAX + 1, &cut)) {
		name[nf++] = buf + used;
		used += strlen(buf + used) + 1;
	}
	unsigned roles = 0;   /* sniff_columns takes milliseconds: quick asks these first */
	for (int f = 0; quick && !map && f < nf; f++) {
		int r = sniff_name_role(name[f]);
		roles |= r >= 0 ? 1u << r : 0;
	}
	unsigned need = 1u << RR_COL_USER | 1u << RR_COL_DATE;
	int likely = !quick || map || ((roles & need) == need &&
				       (roles & (1u << RR_COL_ITEM | 1u << RR_COL_DESC)));
	int ok = nf && likely && sniff_columns(name, nf, map, path, sep, NULL, NULL, col,
					       &schema) == 0;
	err_clear();
	for (int f = 0; ok && f < nf; f++) {
		if (sniff_name_role(name[f]) < 0)
			continue;
		named++;
		int w = o < size ? snprintf(known + o, size - o, "%s%s", o ? "\n" : "", name[f]) : 0;
		o += w > 0 ? (size_t)w : 0;
	}
	if (size && o >= size)   /* cut at a name's end, never inside a character */
		known[strrchr(known, '\n') ? (size_t)(strrchr(known, '\n') - known) : 0] = '\0';
	free(buf);
	return named;
}

/* ==== separator ==== */

/* The Arabic semicolon U+061B, the list separator Excel writes a CSV with under a Persian
 * (or Arabic) Windows locale: relrec splits on one byte, so the file's names are one field. */
#define ARABIC_SEMICOLON "\xD8\x9B"


int sniff_separator(const char *text, size_t n, const char *path, char *sep)
{
	static const char cand[] = {',', ';', '\t', '|'};
	size_t count[4] = {0};
	size_t i = ingest_bom_len(text, n);
	int quoted = 0;
	for (; i < n; i++) {
		char c = text[i];
		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		for (int k = 0; !quoted && k < 4; k++)
			count[k] += c == cand[k];
	}
	int best = 0;
	for (int k = 1; k < 4; k++)
		if (count[k] > count[best])
			best = k;
	for (int k = 0; k < 4; k++) {
		char a[16], b[16];
		if (k != best && count[k] && count[k] == count[best])
			return err_set("'%s': cannot tell the separator: the header has %zu %s and %zu %s "
				       "(say which with --sep)", path, count[best],
				       sniff_sep_name(cand[best], a, sizeof a), count[k],
				       sniff_sep_name(cand[k], b, sizeof b));
	}
	*sep = cand[best];
	return 0;
}

int sniff_parse_sep(const char *value, char *sep)
{
	if (strcmp(value, "tab") == 0 || strcmp(value, "\\t") == 0) {
		*sep = '\t';
		return 0;
	}
	if (strcmp(value, ARABIC_SEMICOLON) == 0)   /* t80 F30: say what reads it */
		return err_set("--sep: '%s' (U+061B, the Arabic semicolon) is no separator relrec "
			       "splits on (one byte only): load the file through sed, which writes ';' "
			       "for it: load \"|sed 's/%s/;/g' FILE\" (a gzip file: gzip -dc FILE | "
			       "sed ...)", value, ARABIC_SEMICOLON);
	if (strlen(value) != 1 || value[0] == '"' || value[0] == '\n' || value[0] == '\r' ||
	    value[0] == ' ' || (unsigned char)value[0] >= 0x80)
		return err_set("--sep: '%s' is not a separator (one character such as , ; | or the "
			       "word tab)", value);
	*sep = value[0];
	return 0;
}

const char *sniff_sep_name(char sep, char *buf, size_t size)
{
	if (sep == '\t')
		snprintf(buf, size, "tab");
	else
		snprintf(buf, size, "'%c'", sep);
	return buf;
}

/* ==== columns ==== */

/* Names that may be a count of units, never read as one: Ta Feng's AMOUNT is its quantity,
 * another file's amount is money. */
static const char *const maybe_qty[] = {"amount", "count", "cnt", "pcs", NULL};

int sniff_maybe_money(const char *name)
{
	size_t n = strlen(name);
	return sniff_name_index(name, n, maybe_money) >= 0 || sniff_same_name(name, n, maybe_qty[0]);
}

/* Words of a count of units on hand, never of units sold (t74 F16: Stock Qty beside Sold Qty
 * was offered as the quantity, and followed, 91291 units for 2091): stock, on hand,
 * available, inventory, Lagerbestand, Bestand, Existencias, Estoque, Giacenza, Voorraad, Stan
 * magazynowy, Stok, Zásoba, Остаток, 在庫, 库存, 庫存, 재고; compared as normalize has them. */
static const char *const stock_words[] = {"stock", "onhand", "available", "inventory",
					  "lager", "bestand", "existencia", "estoque", "giacenz",
					  "voorraad", "magazyn", "stok", "z\xC3\xA1sob", "varasto",
					  "\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD0\xBE\xD0\xBA",
					  "\xE5\x9C\xA8\xE5\xBA\xAB", "\xE5\xBA\x93\xE5\xAD\x98",
					  "\xE5\xBA\xAB\xE5\xAD\x98", "\xEC\x9E\xAC\xEA\xB3\xA0",
					  NULL};

/* Is the word w[0..n) money's: a price's or a total's known name of one word (Price, Preis,
 * Precio, \xE5\x8D\x95\xE4\xBB\xB7), one of maybe_money (Subtotal, Total) or of a total line's
 * labels in any language (Summe, Totale, \xE5\x90\x88\xE8\xA8\x88), the amount
 * (maybe_qty's first, money as often as a count), or a word ending in such a name of 4 bytes
 * or more, as a compound's head (Kundenpreis)? */
static int money_word(const char *w, size_t n)
{
	char norm[NORM_MAX];
	int lv;
	if (!n || n + 1 >= NORM_MAX || sniff_name_index(w, n, maybe_money) >= 0 ||
	    sniff_name_index(w, n, ingest_total_labels) >= 0 || sniff_same_name(w, n, maybe_qty[0]))
		return 1;
	normalize_n(w, n, norm);
	pthread_once(&alias_once, alias_sort);
	int role = norm[0] ? alias_exact(norm, &lv) : -1;
	if (role == RR_COL_PRICE || role == RR_COL_AMOUNT)
		return 1;
	size_t len = strlen(norm);
	for (int i = 0; i < n_alias_sorted; i++) {   /* sorted by alias_exact above */
		const rr_col_alias *k = &ingest_col_aliases[alias_sorted[i].index];
		const char *a = alias_sorted[i].name;
		size_t m = strlen(a);
		if ((k->col == RR_COL_PRICE || k->col == RR_COL_AMOUNT) && k->level < 2 && m >= 4 &&
		    m < len && !strpbrk(k->name, "_ -") && strcmp(norm + len - m, a) == 0)
			return 1;
	}
	return 0;
}

/* Is a header name money's: one of its words (split at ASCII's blanks and marks) a money
 * word (money_word)? Customer Price (App Store Connect), SKU Unit Original Price and SKU
 * Subtotal Before Discount (TikTok Shop), Precio cliente: a customer's or an item's word in
 * it says whose money, never that the column names customers or items (t56 F1, F20: each was
 * read as the item or the customer when the column of that name was empty). */
static int money_named(const char *name)
{
	for (const char *s = name; *s;) {
		size_t n = 0;
		while (s[n] && ((unsigned char)s[n] >= 0x80 || (s[n] >= '0' && s[n] <= '9') ||
				((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z')))
			n++;
		if (n && money_word(s, n))
			return 1;
		s += n ? n : 1;
	}
	return 0;
}

typedef struct header {
	const char *const *name;
	int n;
	char norm[MAX_COLS][NORM_MAX];
	int remark[MAX_COLS];      /* the name had a unit in brackets: "Price (incl. VAT)" */
	unsigned char money[MAX_COLS]; /* the name is money's (money_named): no id's by a word */
	const char *path;
	char sep;                  /* the file's separator, to quote the header as written */
} header;

/* The field a header name names (exactly, then as compared), -1 for none, -2 with err_set
 * when two columns have it. */
static int map_column_named(const header *h, const char *want)
{
	char w[NORM_MAX];
	normalize(want, w);
	for (int pass = 0; pass < 2; pass++) {
		int f = -1;
		for (int k = 0; k < h->n; k++) {
			if (pass == 0 ? strcmp(h->name[k], want) != 0 : strcmp(h->norm[k], w) != 0)
				continue;
			if (f >= 0) {
				err_set("--map: '%s' names columns %d and %d of '%s' (give its number "
					"instead)", want, f + 1, k + 1, h->path);
				return -2;
			}
			f = k;
		}
		if (f >= 0)
			return f;
	}
	return -1;
}

/* The field a map's COL names: a header name, else a number from 1; a name in quotes that
 * no column has is looked up without them (user='Tab Name', quoted as for a shell inside
 * the prompt's double quotes). A bare number that is the name of a column other than the
 * one at that place is refused (t42 F5: a headerless unload's first row read as its header
 * made item=4 the column named "4", its first order's quantity, without a word): the number
 * is the place, --no-header when the first line is data, and the name in quotes ('4') the
 * column named so. -1 with err_set. */
static int map_column(const header *h, const char *want)
{
	char *end, bare[RR_MAX_FIELD];
	long v = strtol(want, &end, 10);
	int num = want[0] >= '0' && want[0] <= '9' && !*end && v >= 1 && v <= h->n;
	int f = map_column_named(h, want);
	if (f == -2)
		return -1;
	if (f >= 0 && num && f != (int)v - 1)
		return err_set("--map: '%s' is both column %ld of '%s' (its first line holds '%.40s' "
			       "there) and the column whose first line is '%s' (column %d): a number "
			       "is a column's place; if the first line is data, not a header, load with "
			       "--no-header; to name the column '%s', write it in quotes ('%s')", want,
			       v, h->path, h->name[v - 1], want, f + 1, want, want);
	if (f >= 0)
		return f;
	if (num)
		return (int)v - 1;
	size_t n = strlen(want);
	if (n >= 3 && n < sizeof bare + 2 && (want[0] == '\'' || want[0] == '"') &&
	    want[n - 1] == want[0]) {
		snprintf(bare, sizeof bare, "%.*s", (int)(n - 2), want + 1);
		if ((f = map_column_named(h, bare)) != -1)   /* a quoted number: the name */
			return f == -2 ? -1 : f;
		return map_column(h, bare);
	}
	return err_set("--map: '%s' has no column '%s'", h->path, want);
}

static int role_of(const char *name)
{
	for (int c = 0; c < RR_COL_N; c++)
		if (strcmp(name, ingest_col_name((enum rr_col)c)) == 0)
			return c;
	return -1;
}

/* The columns a file must have. */
static const int required[] = {RR_COL_USER, RR_COL_ITEM, RR_COL_DATE};

static int is_required(int c)
{
	for (size_t k = 0; k < sizeof required / sizeof *required; k++)
		if (required[k] == c)
			return 1;
	return 0;
}

/* The length of the map entry NAME=COL at s: to the next comma outside quotes that another
 * NAME= follows. A comma inside quotes (price='Price, pence') or before text with no '=' of
 * its own (price=Price, pence, as a shell leaves the hint's quotes) is the column name's:
 * 1C's Цена, руб. and t67 F15's "Price, pence" are names, and no entry of a map is without
 * its '='. */
static size_t map_entry_len(const char *s)
{
	size_t k = 0;
	for (char q = 0; s[k]; k++) {
		if (q || s[k] == '\'' || s[k] == '"') {
			q = q ? (s[k] == q ? 0 : q) : s[k];
			continue;
		}
		if (s[k] != ',')
			continue;
		size_t e = k + 1;   /* the next piece: does it hold a '=' outside quotes? */
		for (char p = 0; s[e] && (p || s[e] != ','); e++)
			if (!p && s[e] == '=')
				return k;
			else if (p || s[e] == '\'' || s[e] == '"')
				p = p ? (s[e] == p ? 0 : p) : s[e];
		if (!s[k + 1])
			return k;
	}
	return k;
}

/* The fields of a map's COL that names several columns, "A|B" (sniff_also), into f[0..k): a
 * name a column has whole, '|' and all, is that column alone; a COL in quotes whole
 * ('A|B', as the prompt keeps them) is split inside them; each piece is a COL as map_column
 * reads one (a name, in quotes or not, or a number). k, or -1 with err_set. */
static int map_cols(const header *h, const char *v, int f[1 + SNIFF_ALSO_MAX])
{
	size_t n = strlen(v);
	int whole = strchr(v, '|') ? map_column_named(h, v) : -1;
	if (!strchr(v, '|') || whole >= 0)
		return (f[0] = whole >= 0 ? whole : map_column(h, v)) < 0 ? -1 : 1;
	if (whole == -2)
		return -1;
	int quoted = n >= 2 && (v[0] == '\'' || v[0] == '"') && v[n - 1] == v[0] &&
		     !memchr(v + 1, v[0], n - 2);
	char *m = quoted ? strndup(v + 1, n - 2) : strdup(v);
	if (!m)
		return err_set("out of memory");
	if (quoted && (whole = map_column_named(h, m)) != -1) {   /* 'A|B', a column's name */
		free(m);
		return whole < 0 ? -1 : (f[0] = whole, 1);
	}
	int k = 0, rc = 0;
	char *piece = m, q = 0;
	for (char *s = m;; s++) {
		if (*s && (q || *s != '|')) {
			q = *s == '\'' || *s == '"' ? (q == *s ? 0 : q ? q : *s) : q;
			continue;
		}
		int end = !*s;
		*s = '\0';
		if (!piece[0])
			rc = err_set("--map: '%s' names an empty column beside a '|' (ROLE='A|B' reads "
				     "A, and B where A is blank)", v);
		else if (k == 1 + SNIFF_ALSO_MAX)
			rc = err_set("--map: '%s' names more than %d columns for one role", v,
				     1 + SNIFF_ALSO_MAX);
		else if ((f[k] = map_column(h, piece)) < 0)
			rc = -1;
		for (int j = 0; rc == 0 && j < k; j++)
			if (f[j] == f[k])
				rc = err_set("--map: '%s' names column %d twice", v, f[k] + 1);
		if (rc != 0 || end)
			break;
		k++;
		piece = s + 1;
	}
	free(m);
	return rc != 0 ? -1 : k + 1;
}

/* May field f take role c (tok, its name, for messages)? 0 when taken (or it may be both: a
 * session log's session is both the shopper and the basket, YOOCHOOSE, Diginetica: t19),
 * else -1 with err_set: any other double use is a slip. */
static int map_take(const header *h, int f, int c, const char *tok, int taken[MAX_COLS])
{
	if ((taken[f] == RR_COL_USER && c == RR_COL_INVOICE) ||
	    (taken[f] == RR_COL_INVOICE && c == RR_COL_USER))
		return 0;
	if (taken[f] >= 0 && !h->name[f][0])   /* no header line, or an empty name */
		return err_set("--map: column %d is given for both %s and %s", f + 1,
			       ingest_col_name((enum rr_col)taken[f]), tok);
	if (taken[f] >= 0)
		return err_set("--map: column '%s' (%d) is given for both %s and %s", h->name[f],
			       f + 1, ingest_col_name((enum rr_col)taken[f]), tok);
	taken[f] = c;
	return 0;
}

/* One NAME=COL of a map; a COL of several columns (A|B) gives also the ones after its
 * first (also may be NULL: they are checked, not kept). */
static int map_one(const header *h, char *tok, int col[RR_COL_N], int taken[MAX_COLS],
		   sniff_also *also)
{
	char *eq = strchr(tok, '=');
	if (!eq)
		return err_set("--map: '%s' is not NAME=COLUMN", tok);
	*eq = '\0';
	int c = role_of(tok);
	if (c < 0) {
		char known[128] = "";
		for (int k = 0; k < RR_COL_N; k++)
			snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
				 k == 0 ? "" : k + 1 < RR_COL_N ? ", " : " or ",
				 ingest_col_name((enum rr_col)k));
		return err_set("--map: unknown column '%s' (expected %s)", tok, known);
	}
	if (col[c] != -1)
		return err_set("--map: '%s' is given twice", tok);
	if (strcmp(eq + 1, "-") == 0) {   /* NAME=-: the file has no such column */
		if (is_required(c))
			return err_set("--map: %s=-: the %s column is required", tok, tok);
		col[c] = COL_NONE;
		return 0;
	}
	int f[1 + SNIFF_ALSO_MAX] = {0}, k = map_cols(h, eq + 1, f);
	if (k < 0)
		return -1;
	for (int j = 0; j < k; j++)
		if (map_take(h, f[j], c, tok, taken) != 0)
			return -1;
	col[c] = f[0];
	if (also) {
		also->n[c] = k - 1;
		memcpy(also->col[c], f + 1, (size_t)(k - 1) * sizeof *f);
	}
	return 0;
}

int sniff_map_gives(const char *map, enum rr_col c)
{
	const char *want = ingest_col_name(c);
	size_t n = strlen(want);
	for (const char *t = map; t && *t; t += map_entry_len(t) + (t[map_entry_len(t)] == ',')) {
		if (strncmp(t, want, n) == 0 && t[n] == '=')   /* NAME=COL as map_one reads it */
			return 1;
	}
	return 0;
}

/* The role NAME in s[0..n) names (ingest_col_name), or -1. */
static int map_role(const char *s, size_t n)
{
	for (int c = 0; c < RR_COL_N; c++)
		if (strlen(ingest_col_name((enum rr_col)c)) == n &&
		    strncmp(s, ingest_col_name((enum rr_col)c), n) == 0)
			return c;
	return -1;
}

/* The end of a hint's map at s (after "--map "): up to a blank, a ')' or ';' outside
 * quotes, without a trailing ',' '.' or ':'; into *roles, the roles it gives (bits), and
 * *cols its columns unquoted, joined by NUL; 0 when an entry is no ROLE=COL. */
static size_t map_spec(const char *s, unsigned *roles, char *cols, size_t size)
{
	size_t k = 0, o = 0;
	char q = 0;
	while (s[k] && (q || !strchr(" \t\n);", s[k]))) {
		q = q ? (s[k] == q ? 0 : q) : (s[k] == '\'' || s[k] == '"') ? s[k] : 0;
		k++;
	}
	while (k && strchr(",.:", s[k - 1]))
		k--;
	*roles = 0;
	for (size_t a = 0; a < k;) {
		size_t e = a, eq;
		for (q = 0; e < k && (q || s[e] != ','); e++)
			q = q ? (s[e] == q ? 0 : q) : (s[e] == '\'' || s[e] == '"') ? s[e] : 0;
		for (eq = a; eq < e && s[eq] != '='; eq++)
			;
		int c = eq < e ? map_role(s + a, eq - a) : -1;
		if (c < 0)
			return 0;
		*roles |= 1u << c;
		for (size_t v = eq + 1; v < e && o + 2 < size; v++)
			if (s[v] != '\'' && s[v] != '"')
				cols[o++] = s[v];
		cols[o++] = '\0';
		a = e + (e < k);
	}
	cols[o] = '\0';
	return k;
}

/* Is value v[0..n) one of the NUL-joined cols? */
static int map_col_listed(const char *cols, const char *v, size_t n)
{
	for (const char *c = cols; *c; c += strlen(c) + 1)
		if (strlen(c) == n && strncmp(c, v, n) == 0)
			return 1;
	return 0;
}

size_t sniff_map_merge(const char *map, const char *text, char *out, size_t size)
{
	size_t o = 0;
	if (!size)
		return 0;
	for (const char *s = text; *s && o + 1 < size;) {
		const char *at = map && *map ? strstr(s, "--map ") : NULL;
		size_t lead = at ? (size_t)(at - s) + 6 : strlen(s), k;
		unsigned roles;
		char cols[512];
		o += (size_t)snprintf(out + o, size - o, "%.*s", (int)lead, s);
		s += lead;
		if (!at || o + 1 >= size || !(k = map_spec(s, &roles, cols, sizeof cols)))
			continue;
		/* the map given, before the hint's: each role and column not in the hint */
		for (const char *t = map; *t && o + 1 < size;) {
			size_t n = map_entry_len(t), eq = strcspn(t, "=");
			int c = eq < n ? map_role(t, eq) : -1;
			if (c >= 0 && !(roles & (1u << c)) &&
			    !map_col_listed(cols, t + eq + 1, n - eq - 1)) {
				const char *v = t + eq + 1;
				size_t vn = n - eq - 1;
				int plain = strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
						   "0123456789_.-/") >= vn;
				char qc = memchr(v, '\'', vn) ? '"' : '\'';
				o += (size_t)snprintf(out + o, size - o, "%.*s%s%.*s%s,", (int)eq, t,
						      plain ? "=" : (qc == '"' ? "=\"" : "='"),
						      (int)vn, v, plain ? "" : (qc == '"' ? "\"" : "'"));
			}
			t += n + (t[n] == ',');
		}
		if (o >= size)
			o = size - 1;
		o += (size_t)snprintf(out + o, size - o, "%.*s", (int)k, s);
		s += k;
	}
	if (o >= size)
		o = size - 1;
	out[o] = '\0';
	return o;
}

static int apply_map(const header *h, const char *map, int col[RR_COL_N], int taken[MAX_COLS],
		     sniff_also *also)
{
	char *m = strdup(map);
	if (!m)
		return err_set("out of memory");
	int rc = 0;
	for (char *tok = m, *next; *tok && rc == 0; tok = next) {
		size_t len = map_entry_len(tok);
		next = tok + len + (tok[len] == ',');
		tok[len] = '\0';
		rc = len ? map_one(h, tok, col, taken, also) : 0;   /* a comma too many says nothing */
	}
	free(m);
	return rc;
}

/* Names whose meaning the export's other names settle: Amazon's order reports (told by
 * their amazon-order-id or quantity-purchased) write each line's total as item-price;
 * Shopify's order export (told by its Lineitem columns) names the order "#1001" in Name;
 * QuickBooks' reports (told by their Product/Service, or QuickBooks Desktop's by their Memo)
 * the unit price Sales Price, which is no known name as Ta Feng's SALES_PRICE is each line's
 * total;
 * Dynamics' German sales lines (told by their line type Art) the item in Nr.;
 * Xero's sales invoices (told by their InventoryItemCode) the customer in ContactName, its
 * contact's key, over the EmailAddress a contact may lack (over: taken from a filled column
 * too; t35 F11: the contacts without one were dropped as no customer);
 * Magento 2's grids (told by their Purchase Point) the invoice in ID; S/4HANA's billing items
 * (told by their billing document or the material's text) the item in Material.
 * from RR_COL_N: a column no role took. Applied unless --map gave either role. */
static const struct {
	const char *marker, *name;
	enum rr_col from, to;
	int over;
} export_roles[] = {
	{"amazon_order_id", "item_price", RR_COL_PRICE, RR_COL_AMOUNT, 0},
	{"quantity_purchased", "item_price", RR_COL_PRICE, RR_COL_AMOUNT, 0},
	{"lineitem_sku", "name", RR_COL_N, RR_COL_INVOICE, 0},
	{"lineitem_name", "name", RR_COL_N, RR_COL_INVOICE, 0},
	{"artikelposition_sku", "name", RR_COL_N, RR_COL_INVOICE, 0},
	{"artikelposition_name", "name", RR_COL_N, RR_COL_INVOICE, 0},
	/* cut to a few columns without its Lineitem name, Name was read as the item's text
	 * (desc), and the lines of a newest-first export took the newer order's customer from
	 * the line above (t79 F1: 608 of 914 lines): beside its Lineitem columns it is the order */
	{"lineitem_sku", "name", RR_COL_DESC, RR_COL_INVOICE, 0},
	{"lineitem_quantity", "name", RR_COL_DESC, RR_COL_INVOICE, 0},
	{"lineitem_price", "name", RR_COL_DESC, RR_COL_INVOICE, 0},
	{"artikelposition_sku", "name", RR_COL_DESC, RR_COL_INVOICE, 0},
	{"artikelposition_menge", "name", RR_COL_DESC, RR_COL_INVOICE, 0},
	{"sku_de_l'article", "nom", RR_COL_N, RR_COL_INVOICE, 0},
	{"nom_de_l'article", "nom", RR_COL_N, RR_COL_INVOICE, 0},
	/* not Spanish, Italian or Dutch: their Nombre, Nome and Naam are a customer's first name
	 * in shops' own exports beside an item SKU column (t34: Nome read as the order merged
	 * each customer's orders); Shopify's headers in them were never checked */
	{"product/service", "sales_price", RR_COL_N, RR_COL_PRICE, 0},
	/* QuickBooks Desktop's reports, told by their Memo (t49 F10: Sales by Item Detail) */
	{"memo", "sales_price", RR_COL_N, RR_COL_PRICE, 0},
	/* and QuickBooks Online's, by their Memo/Description (t80 F9: Sales by Product/Service
	 * Detail) */
	{"memo/description", "sales_price", RR_COL_N, RR_COL_PRICE, 0},
	/* French QuickBooks Online (t49 F21): Prix de vente, its transaction's NÂ° and Type de
	 * transaction; the French price under English names too, as a file of both is written */
	{"produit/service", "prix_de_vente", RR_COL_N, RR_COL_PRICE, 0},
	{"produit/service", "n\xC2\xB0", RR_COL_N, RR_COL_INVOICE, 0},
	{"produit/service", "type_de_transaction", RR_COL_N, RR_COL_EVENT, 0},
	{"product/service", "prix_de_vente", RR_COL_N, RR_COL_PRICE, 0},
	/* Dynamics NAV/BC's German sales lines: Nr. beside the line's type Art (Artikel,
	 * Sachkonto, Ressource) is the item's number; alone, Nr. may number anything */
	{"art", "nr", RR_COL_N, RR_COL_ITEM, 0},
	{"inventory_item_code", "contact_name", RR_COL_N, RR_COL_USER, 1},
	/* Magento 2's admin grids, told by their Purchase Point (the store view): ID is the
	 * order's increment id, 000547690 (t67 F25: invoices made from customer and time, an
	 * order of two minutes two) */
	{"purchase_point", "id", RR_COL_N, RR_COL_INVOICE, 0},
	/* SAP S/4HANA's billing items, told by their billing document or the material's text:
	 * Material (MATNR) is the item; elsewhere a material may be a cloth (t67 F18) */
	{"billing_document", "material", RR_COL_N, RR_COL_ITEM, 0},
	{"fakturabeleg", "material", RR_COL_N, RR_COL_ITEM, 0},
	{"materialkurztext", "material", RR_COL_N, RR_COL_ITEM, 0},
	{"material_description", "material", RR_COL_N, RR_COL_ITEM, 0},
};

static int header_has(const header *h, const char *name)
{
	char a[NORM_MAX];
	normalize(name, a);
	for (int f = 0; f < h->n; f++)
		if (strcmp(h->norm[f], a) == 0)
			return 1;
	return 0;
}

/* The first column of normalized name a that no role took, or -1. */
static int untaken_named(const header *h, const int taken[MAX_COLS], const char *a)
{
	for (int f = 0; f < h->n; f++)
		if (taken[f] < 0 && strcmp(h->norm[f], a) == 0)
			return f;
	return -1;
}

/* Is column f empty, or nearly (under one line in five), on the lines read with the header
 * (fill; NULL: none read)? Is it filled (on half of them or more)? A column left empty is
 * no role's, while one beside it that is filled may be (t31: Shopify's Receipt Number,
 * written for till orders only, beside the order's Name; Lightspeed's empty UPC beside its
 * Custom SKU). */
static int nearly_empty(const sniff_values *fill, int f)
{
	return fill && fill->rows && f >= 0 && f < MAX_COLS && 5 * fill->filled[f] < fill->rows;
}

static int filled(const sniff_values *fill, int f)
{
	return fill && fill->rows && f >= 0 && f < MAX_COLS && 2 * fill->filled[f] >= fill->rows;
}

/* Does column f hold one value on the lines read (fill), or two over ten lines or more (a
 * flag's true and false)? Such a column numbers no order, customer or item: t33's
 * Shopify "requires shipping", true on every line, took the invoice, and a year was one
 * invoice. */
static int few_values(const sniff_values *fill, int f)
{
	return fill && f >= 0 && f < MAX_COLS && fill->filled[f] >= 2 &&
	       (fill->distinct[f] <= 1 || (fill->distinct[f] == 2 && fill->filled[f] >= 10));
}

/* Does column f change, on the lines read, only where the invoice inv does, while inv holds
 * an order of several lines among them? Then it is the order's field (Xero's Reference, a PO
 * number: one value per invoice), never a line's item (t35 F1: it took the item from an
 * empty InventoryItemCode, and every invoice was one item). inv must be filled on every line
 * read: an order number written on its first line only changes at each line. */
static int per_invoice(const sniff_values *fill, int f, int inv)
{
	if (!fill || f < 0 || f >= MAX_COLS || inv < 0 || inv >= MAX_COLS ||
	    fill->rows < 3 || fill->filled[inv] < fill->rows)
		return 0;
	uint64_t lines = fill->rows >= 64 ? ~(uint64_t)1   /* bits 1 .. 63 */
			 : ((uint64_t)1 << fill->rows) - 2;   /* bits 1 .. rows-1 */
	uint64_t same_order = lines & ~fill->changed[inv];
	return same_order && (fill->changed[f] & lines) && !(fill->changed[f] & same_order);
}

/* Role to goes to column f, instead of the one it had (left unused). */
static void give_role(int to, int f, int col[RR_COL_N], int taken[MAX_COLS])
{
	if (col[to] >= 0)
		taken[col[to]] = -1;
	col[to] = f;
	taken[f] = to;
}

static void apply_export_roles(const header *h, const sniff_values *fill,
			       const int mapped[RR_COL_N], int col[RR_COL_N], int taken[MAX_COLS])
{
	char a[NORM_MAX];
	for (size_t k = 0; k < sizeof export_roles / sizeof *export_roles; k++) {
		int from = export_roles[k].from, to = export_roles[k].to;
		normalize(export_roles[k].name, a);
		int f = from == RR_COL_N ? untaken_named(h, taken, a) : col[from];
		/* a role another name took yields to the export's own when it is left empty */
		int free_to = col[to] == -1 || (nearly_empty(fill, col[to]) && filled(fill, f)) ||
			      export_roles[k].over;
		if ((from != RR_COL_N && mapped[from]) || mapped[to] || f < 0 || !free_to ||
		    !header_has(h, export_roles[k].marker))
			continue;
		if (strcmp(h->norm[f], a) != 0)
			continue;
		if (from != RR_COL_N)
			col[from] = -1;
		give_role(to, f, col, taken);
	}
}

/* The error for the roles two columns could both be (other[c] >= 0), each pair named and
 * one --map for all of them, so a file is settled in one try. -1. */
static int conflicts(const header *h, const int found[RR_COL_N], const int other[RR_COL_N])
{
	char pairs[600] = "", map[160] = "";
	size_t o = 0, m = 0;
	int k = 0;
	for (int c = 0; c < RR_COL_N; c++) {
		if (other[c] < 0)
			continue;
		const char *name = ingest_col_name((enum rr_col)c);
		if (o < sizeof pairs)
			o += (size_t)snprintf(pairs + o, sizeof pairs - o, "%s'%s' (%d) and '%s' (%d) %s"
					      "the %s", k ? ", " : "", h->name[found[c]], found[c] + 1,
					      h->name[other[c]], other[c] + 1, k ? "" : "could both be ",
					      name);
		if (m < sizeof map)
			m += (size_t)snprintf(map + m, sizeof map - m, "%s%s=COL", k ? "," : "", name);
		k++;
	}
	return err_set("'%s': columns %s (say which with --map %s)", h->path, pairs, map);
}

/* Two names of one role and level where the file's own meaning settles which: the first
 * wins, and the other is listed as not used. Olist writes a customer_id per order beside the
 * customer_unique_id of the person: read as the customer, every order was a new one. */
static const struct {
	enum rr_col col;
	const char *winner, *loser;
} prefer[] = {
	{RR_COL_USER, "customer_unique_id", "customer_id"},
	/* an id beside the name it is shown with; a customer beside a POS's user (the clerk) */
	{RR_COL_USER, "customer_id", "customer"}, {RR_COL_USER, "customer_no", "customer"},
	{RR_COL_USER, "customer_number", "customer"}, {RR_COL_USER, "customer_code", "customer"},
	{RR_COL_USER, "kundennummer", "kunde"}, {RR_COL_USER, "kundennr", "kunde"},
	{RR_COL_USER, "customer_code", "user"}, {RR_COL_USER, "customer_id", "user"},
	/* Romanian: SmartBill's Cod client beside its Client, the customer's name (e112) */
	{RR_COL_USER, "cod_client", "client"}, {RR_COL_USER, "id_client", "client"},
	/* Mindbody's Client ID beside its Client, the name (t86 F17) */
	{RR_COL_USER, "client_id", "client"}, {RR_COL_USER, "client_no", "client"},
	{RR_COL_USER, "client_code", "client"}, {RR_COL_USER, "client_number", "client"},
	/* the same in the other languages (t64 F4: Cliente, Klient, \xD0\x9A\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82
	 * were read as the customer beside their code, customers of one name merged, or the file
	 * refused): the French and Spanish, Italian and Portuguese code, Polish Kod klienta and
	 * Kod kontrahenta, 1C's \xD0\x9A\xD0\xBE\xD0\xB4 \xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0, the English debtor's */
	{RR_COL_USER, "code_client", "client"}, {RR_COL_USER, "n\xC2\xB0_client", "client"},
	{RR_COL_USER, "numero_client", "client"}, {RR_COL_USER, "num\xC3\xA9ro_client", "client"},
	{RR_COL_USER, "c\xC3\xB3" "d_cliente", "cliente"}, {RR_COL_USER, "cod_cliente", "cliente"},
	{RR_COL_USER, "c\xC3\xB3" "digo_cliente", "cliente"},
	{RR_COL_USER, "codigo_cliente", "cliente"}, {RR_COL_USER, "codice_cliente", "cliente"},
	{RR_COL_USER, "cliente_id", "cliente"}, {RR_COL_USER, "id_cliente", "cliente"},
	{RR_COL_USER, "kod_klienta", "klient"}, {RR_COL_USER, "kod_kontrahenta", "kontrahent"},
	{RR_COL_USER, "\xD0\xBA\xD0\xBE\xD0\xB4_\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0",
	 "\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82"},
	{RR_COL_USER, "debtor_code", "debtor"}, {RR_COL_USER, "debtor_no", "debtor"},
	{RR_COL_USER, "debtor_id", "debtor"},
	/* and the Dutch, Nordic, Turkish and Chinese pairs, refused as two customers before */
	{RR_COL_USER, "klantnummer", "klant"}, {RR_COL_USER, "klant_id", "klant"},
	{RR_COL_USER, "kundnummer", "kund"}, {RR_COL_USER, "kundnr", "kund"},
	{RR_COL_USER, "kundenummer", "kunde"}, {RR_COL_USER, "kundenr", "kunde"},
	{RR_COL_USER, "asiakasnumero", "asiakas"},
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri_kodu", "m\xC3\xBC\xC5\x9Fteri"},
	{RR_COL_USER, "musteri_kodu", "musteri"},
	{RR_COL_USER, "m\xC3\xBC\xC5\x9Fteri_no", "m\xC3\xBC\xC5\x9Fteri"},
	{RR_COL_USER, "musteri_no", "musteri"},
	{RR_COL_USER, "\xE5\xAE\xA2\xE6\x88\xB7\xE7\xBC\x96\xE5\x8F\xB7", "\xE5\xAE\xA2\xE6\x88\xB7"},
	/* eBay's Custom Label, the seller's SKU, beside its Item Number, a listing's (t64 F5) */
	{RR_COL_ITEM, "custom_label", "item_number"},
	/* 1C's and MoySklad's code beside the goods' name (t64 F4; prefer's rule for the other
	 * bare codes, which are role-blind words) */
	{RR_COL_ITEM, "\xD0\xBA\xD0\xBE\xD0\xB4", "\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80"},
	/* H&M's articles joined on: an article (a product in one colour) beside its product */
	{RR_COL_ITEM, "article_id", "product_code"},
	/* Zoho's Invoice Number beside its record's Invoice ID */
	{RR_COL_INVOICE, "invoice_number", "invoice_id"},
};

static int bare_code_word(const header *h, int f);

/* A payment's status, as opposed to an order's (t67 F3: SFCC's Payment Status, PAID on every
 * line, was read and its Status, 404 lines CANCELLED, left unused): beside any other status
 * name of the first two levels (Status, Order Status, Estado, Bestellstatus...; not a till's
 * Mode, nor a line's flag) it loses, as a name in prefer[] does, whatever the levels. Paid
 * says nothing of an order cancelled after it; a cancelled order's status says it. */
static const char *const payment_statuses[] = {"payment_status", "financial_status",
	"transaction_status", "payment_state", "zahlungsstatus", "statut_financier",
	"statut_du_paiement", "statut_paiement", "estado_financiero", "estado_del_pago",
	"estado_de_pago", "estado_do_pagamento", "status_do_pagamento", "status_pagamento",
	"stato_finanziario", "stato_del_pagamento", "stato_pagamento",
	"financi\xC3\xABle_status", "financiele_status", "betaalstatus", "betalingsstatus",
	"betalningsstatus", NULL};

#define N_PAYMENT (sizeof payment_statuses / sizeof *payment_statuses)
static char payment_norm[N_PAYMENT][NORM_MAX];   /* payment_statuses as compared */
static pthread_once_t payment_once = PTHREAD_ONCE_INIT;

static void payment_normalize(void)
{
	for (size_t k = 0; payment_statuses[k]; k++)
		normalize(payment_statuses[k], payment_norm[k]);
}

/* Is the compared name norm a payment's status (payment_statuses)? */
static int payment_status_name(const char *norm)
{
	pthread_once(&payment_once, payment_normalize);
	for (size_t k = 0; payment_statuses[k]; k++)
		if (strcmp(norm, payment_norm[k]) == 0)
			return 1;
	return 0;
}

int sniff_payment_status(const char *name)
{
	char norm[NORM_MAX];
	return !normalize_n(name, strlen(name), norm) && payment_status_name(norm);
}

/* May field a, a status's name, outrank a payment's status beside it? Any order's status of
 * the first two levels, but a payment's own or a till's mode (Mode, Modus: Live or Training,
 * no order's state). */
static int order_status_name(const header *h, int a)
{
	int lv = -1;
	const char *n = h->norm[a];
	size_t len = strlen(n);
	if (alias_role(n, &lv) != RR_COL_STATUS || lv > 1 || payment_status_name(n))
		return 0;
	return !((len >= 4 && strcmp(n + len - 4, "mode") == 0) ||
		 (len >= 5 && strcmp(n + len - 5, "modus") == 0));
}

/* A code beside a name of the same thing (t67 F5, F6, F13): the code is the customer or the
 * item, whatever either's level, when its values fix the name's on the lines read (one name
 * for each code, code_names_one; namesakes are two codes). Names that are another thing's code
 * elsewhere (Xero's AccountCode, a G/L account; a Reference, an order's; a Style, a Model)
 * fail that test, one value beside several names. Sage's A/C Ref and Account Ref, MYOB's Card
 * ID, Epicor's Cust#, SAP's Sold-To Party and Auftraggeber; Odoo's X/Reference beside X (its
 * related record's code); and a Reference, a Style, a Model, a variant's id, SAP's Material,
 * a barcode beside the bare Product or Item. */
static const char *const user_codes[] = {"customer_a/c_ref", "customer_a/c", "a/c_ref", "a/c",
	"a/c_no", "account", "account_ref", "account_no", "account_number", "account_code",
	"acct", "acct_no", "acct_number", "customer_acct", "customer_acct_no", "card_id", "cust",
	"cust_no", "cust_code", "cust_id", "cust_ref", "customer_ref", "customer_reference",
	"customer_account", "customer_account_ref", "customer_code", "debtor_code", "kdnr",
	"kundennummer", "sold_to_party", "auftraggeber", "customer/reference",
	"customer/internal_reference", "customer/id", "partner/reference", "partner/id",
	"party_code" /* Marg's Party Code beside its Party Name (t77 F18: refused as two) */,
	/* t77 F2-F5: a tax id, a phone or a loyalty card beside the buyer's name (Moloni's NIF,
	 * Bsale's RUT Cliente, Poster's phone, wFirma's NIP): namesakes were one customer */
	"nif", "nif_cliente", "nipc", "contribuinte", "rut", "rut_cliente", "ruc", "cuit", "cpf",
	"cnpj", "cpf/cnpj", "rfc", "nit", "dni", "cif", "partita_iva", "codice_fiscale", "nip",
	"i\xC4\x8Do", "ico", "di\xC4\x8D", "dic", "oib", "oib_kupca", "pib",
	"\xD0\xB5\xD0\xB8\xD0\xBA", "\xD0\xB8\xD0\xBD\xD0\xBD",
	"\xD0\xB8\xD0\xBD\xD0\xBD_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F",
	"\xD0\xB1\xD0\xB8\xD0\xBD", "vat_number", "vat_no", "vat_id", "ust_idnr", "kvk", "tin",
	"pan", "gstin", "abn", "uen", "npwp", "tax_id", "tax_number", "customer_tax_id",
	"m\xC3\xA3_s\xE1\xBB\x91_thu\xE1\xBA\xBF", "ma_so_thue", "vergi_no", "tckn", "phone",
	"phone_number", "customer_phone", "mobile_number", "mobile_no",
	"\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD1\x84\xD0\xBE\xD0\xBD",
	"\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD1\x84\xD0\xBE\xD0\xBD_\xD0\xBA\xD0\xBB\xD1\x96\xD1\x94\xD0\xBD\xD1\x82\xD0\xB0",
	"\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD1\x84\xD0\xBE\xD0\xBD_\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0",
	"telefon", "tel\xC3\xA9" "fono", "telefono", "celular", "whatsapp",
	"\xE9\x9B\xBB\xE8\xA9\xB1\xE7\x95\xAA\xE5\x8F\xB7",
	"\xE6\x89\x8B\xE6\x9C\xBA\xE5\x8F\xB7", "\xED\x9C\xB4\xEB\x8C\x80\xED\x8F\xB0",
	"s\xE1\xBB\x91_\xC4\x91i\xE1\xBB\x87n_tho\xE1\xBA\xA1i", "so_dien_thoai",
	"loyalty_card", "loyalty_card_number",
	/* t77 F2's two it left: Spain's NIE, a bare Mobile; and their families: a phone's and a
	 * company's number in the neighbouring languages */
	"nie", "nif/nie", "mobile", "mobile_phone", "cell_phone", "cellphone", "telefone",
	"telem\xC3\xB3vel", "telemovel", "telefonnummer", "handynummer", "mobilnummer",
	"telefoonnummer", "gsm", "numer_telefonu", "steuernummer", "ust_id", "btw_nummer", "siret",
	"siren", "org_nr", "organisationsnummer", "cvr", "y_tunnus",
	/* t79 F22: a phone's short and other languages' names (Tel., Tlf., M\xC3\xB3vil, Cellulare,
	 * Handy, Puhelin) and Portugal's N\xC2\xBA Contribuinte */
	"tel", "tlf", "telf", "m\xC3\xB3vil", "movil", "cellulare", "handy", "mobil", "puhelin",
	"nr_telefonu", "n\xC2\xBA_contribuinte", "n_contribuinte", "numero_contribuinte",
	"n\xC3\xBAmero_de_contribuinte", "numero_de_contribuinte",
	/* t83 F11: Walmart Marketplace's Customer Phone Number beside its Customer Name */
	"customer_phone_number", "buyer_phone", "buyer_phone_number", NULL};
/* A payment card's number beside the buyer's name: a code like user_codes' (each card one
 * buyer's), but one buyer pays with several cards, so where most names have several the name
 * is the customer (t79 F9: 10 buyers read as their 30 cards). A loyalty card is user_codes'. */
static const char *const payment_cards[] = {"card_number", "card_no", "card_nr",
	"credit_card_number", "kartennummer",
	"n\xC3\xBAmero_de_tarjeta", "numero_de_tarjeta", "n\xC3\xBAmero_do_cart\xC3\xA3o",
	"numero_do_cartao", "num\xC3\xA9ro_de_carte", "numero_de_carte", "numero_carta",
	"kaartnummer", "numer_karty", "kortnummer", NULL};

int sniff_payment_card(const char *name)
{
	return sniff_name_index(name, strlen(name), payment_cards) >= 0;
}

static const char *const user_names[] = {"customer", "customer_name", "cust_name", "client",
	"client_name", "kunde", "buyer", "buyer_name", "debtor", "debtor_name", "party",
	"party_name", "sold_to_party_name", "name_des_auftraggebers",
	/* the buyer's name in the languages of user_codes' tax ids (t77 F2) */
	"cliente", "nombre_cliente", "nome_cliente", "nombre_del_cliente", "klient", "nabywca",
	"kontrahent", "kupac", "odb\xC4\x9Bratel", "odberatel",
	"\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82",
	"\xD0\xBA\xD0\xBB\xD1\x96\xD1\x94\xD0\xBD\xD1\x82",
	"\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C",
	"\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB5\xD1\x86\xD1\x8C",
	"\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82",
	"m\xC3\xBC\xC5\x9Fteri", "musteri", NULL};
static const char *const item_codes[] = {"reference", "ref", "product_ref", "product_reference",
	"item_ref", "item_reference", "style", "style_no", "style_number", "model", "model_no",
	"model_number", "variant_id", "material",
	"product/internal_reference", "product/reference", "product/id",
	/* t74 F4: Odoo's Internal Reference and its field's name, Default Code, in its German,
	 * Spanish, French and Arabic clients, and a variant's code (30 variants of 5 names were 5
	 * items; an Internal Reference left stale, one value beside several products, stays
	 * unused) */
	"internal_reference", "default_code", "interne_referenz", "referencia_interna",
	"r\xC3\xA9" "f\xC3\xA9rence_interne",
	"\xD9\x85\xD8\xB1\xD8\xAC\xD8\xB9_\xD8\xAF\xD8\xA7\xD8\xAE\xD9\x84\xD9\x8A", "variant_code", NULL};
	/* not a barcode (EAN, GTIN, UPC): a fallback, often blank for some products (t64 F11),
	 * whose blank lines would be items of their name beside the same items of their code */

/* Is s[0..n) a code's name of role c, the customer's (user_codes, payment_cards) or the
 * item's (item_codes)? */
static int code_named(int c, const char *s, size_t n)
{
	if (c == RR_COL_USER)
		return sniff_name_index(s, n, user_codes) >= 0 ||
		       sniff_name_index(s, n, payment_cards) >= 0;
	return c == RR_COL_ITEM && sniff_name_index(s, n, item_codes) >= 0;
}

enum { VK_DATE, VK_DATE_NUMBER, VK_DATE_SERIAL, VK_EMAIL };   /* value_kind's kinds */

/* An order's date beside the bare word date (t67 F8: Date Ordered, Placed, Purchased, Fecha
 * de pedido lost to a Date, there the shipping's, unsaid, while Bestelldatum beside Datum and
 * Date de commande beside Date were refused): the order's wins, whatever the levels, one rule
 * in every language. A name of these that is no date's known name (Placed, Purchased) only
 * when its first value reads as a date. */
static const char *const order_dates[] = {"order_date", "date_ordered", "ordered_at", "ordered",
	"ordered_on", "order_placed", "placed", "placed_at", "placed_on", "date_placed",
	"purchased", "purchased_at", "purchased_on", "purchase_date", "date_purchased",
	"order_datetime", "order_creation_date", "order_created", "order_created_at",
	"bestelldatum", "auftragsdatum", "besteldatum", "orderdatum", "ordredato", "date_commande",
	"date_de_commande", "date_de_la_commande", "fecha_pedido", "fecha_de_pedido",
	"fecha_del_pedido", "data_pedido", "data_do_pedido", "data_ordine", "data_dell_ordine",
	"data_zam\xC3\xB3wienia", "data_zamowienia", "tilausp\xC3\xA4iv\xC3\xA4", "tilauspaiva",
	"sipari\xC5\x9F_tarihi", "siparis_tarihi", "tanggal_pesanan", "\xE6\xB3\xA8\xE6\x96\x87\xE6\x97\xA5", "\xE6\xB3\xA8\xE6\x96\x87\xE6\x97\xA5\xE6\x99\x82", "\xE6\xB3\xA8\xE6\x96\x87\xE6\x97\xA5\xE4\xBB\x98", "\xE5\x8F\x97\xE6\xB3\xA8\xE6\x97\xA5", "\xE8\xB3\xBC\xE5\x85\xA5\xE6\x97\xA5",
	"\xE8\xAE\xA2\xE5\x8D\x95\xE6\x97\xA5\xE6\x9C\x9F", "\xE8\xA8\x82\xE5\x96\xAE\xE6\x97\xA5\xE6\x9C\x9F", NULL};
static const char *const bare_dates[] = {"date", "datum", "fecha", "data", "dato", "tarih",
	"tanggal", "p\xC3\xA4iv\xC3\xA4m\xC3\xA4\xC3\xA4r\xC3\xA4", "paivamaara", "\xE6\x97\xA5\xE4\xBB\x98", "\xE6\x97\xA5\xE6\x9C\x9F",
	NULL};

/* Does field a, an order's date (order_dates), win over field b, the bare date beside it? */
static int order_date_beside(const header *h, const sniff_values *fill, int a, int b)
{
	int lv = -1;
	if (sniff_name_index(h->norm[b], strlen(h->norm[b]), bare_dates) < 0 ||
	    sniff_name_index(h->norm[a], strlen(h->norm[a]), order_dates) < 0)
		return 0;
	return alias_role(h->norm[a], &lv) == RR_COL_DATE ||
	       (fill && fill->rows && a < MAX_COLS && fill->kind[a] == VK_DATE);
}

/* Does field a, a code's name of role c (user_codes, item_codes), win over field b, the
 * name of the same thing beside it (user_names, an item's bare word), its values fixing b's
 * on the lines read (fill)? A customer's "X #" beside "X" is its number too: the two compare
 * alike, the sign being dropped. */
static int item_bare_word(const header *h, int b);
static unsigned kept_lines(const sniff_values *v);

/* Does code column f name one thing of column g on the lines kept: never one value of f
 * beside two of g (an order's reference beside its products, a G/L account beside its
 * customers), while f takes two values at least? Unlike fixes_value no value need come back:
 * an item's code seldom does in the first lines. */
static int code_names_one(const sniff_values *v, int f, int g)
{
	unsigned n = kept_lines(v), both = 0, other = 0;
	if (f < 0 || g < 0 || f >= MAX_COLS || g >= MAX_COLS || f == g)
		return 0;
	for (unsigned i = 0; i < n; i++) {
		if (!v->line[i][f] && v->line[i][g])
			return 0;   /* a name without its code: that line would be another item */
		if (!v->line[i][f] || !v->line[i][g])
			continue;
		both++;
		for (unsigned j = i + 1; j < n; j++) {
			if (!v->line[j][f] || !v->line[j][g])
				continue;
			if (v->line[j][f] == v->line[i][f] && v->line[j][g] != v->line[i][g])
				return 0;
			other |= v->line[j][f] != v->line[i][f];
		}
	}
	return both >= 2 && other;
}
/* Are fields a and b a code's name and a name's of role c (user_codes beside user_names,
 * item_codes or "X #" beside an item's bare word), whatever their values? */
static int code_name_pair(const header *h, int c, int a, int b)
{
	if ((c != RR_COL_USER && c != RR_COL_ITEM) || a == b || a < 0 || b < 0 || a >= h->n ||
	    b >= h->n)
		return 0;
	int named = c == RR_COL_USER ? sniff_name_index(h->norm[b], strlen(h->norm[b]),
							user_names) >= 0 : item_bare_word(h, b);
	int code = code_named(c, h->norm[a], strlen(h->norm[a])) ||
		   (strcmp(h->norm[a], h->norm[b]) == 0 && strchr(h->name[a], '#') &&
		    !strchr(h->name[b], '#'));
	return named && code;
}

static int code_beside_name(const header *h, const sniff_values *fill, int c, int a, int b)
{
	return fill && code_name_pair(h, c, a, b) && code_names_one(fill, a, b);
}

/* A platform's product id beside the seller's SKU (BigCommerce's Product ID and Product SKU,
 * WooCommerce's Product ID and SKU): the SKU is the item, the code the shop gave it, as a
 * custom SKU is over a barcode; only when each SKU names one product id on the lines read
 * and none is empty beside an id (code_names_one), else the load asks which (t72 F20:
 * refused as two items). Compared. */
static const char *const sku_names[] = {"sku", "product_sku", "variant_sku", "item_sku",
					"lineitem_sku", NULL};
static const char *const platform_ids[] = {"product_id", "id_product", NULL};

static int sku_beside_id(const header *h, const sniff_values *fill, int a, int b)
{
	return fill && sniff_name_index(h->norm[a], strlen(h->norm[a]), sku_names) >= 0 &&
	       sniff_name_index(h->norm[b], strlen(h->norm[b]), platform_ids) >= 0 &&
	       code_names_one(fill, a, b);
}

/* An order line's quantities (t83 F14, F15): what was delivered, supplied, shipped or
 * invoiced is what the customer bought; what was ordered is more by the backorders (a line
 * delivered 0 is no purchase, one delivered in part was read as a line discount). The
 * delivered one wins over an ordered one (ordered_qtys), and over a bare quantity's name
 * (Menge beside Geliefert) when a backorder's column says the two differ (backorder_names);
 * Odoo's Quantity beside its Delivered Quantity, with none, stays read. Compared. */
static const char *const delivered_qtys[] = {"qty_shipped", "quantity_shipped",
	"shipped_quantity", "shipped_qty", "qty_delivered", "quantity_delivered",
	"delivered_quantity", "qty_invoiced", "quantity_invoiced", "invoiced_quantity", "shipped",
	"delivered", "supplied", "qty_supplied", "quantity_supplied", "supplied_qty",
	"supplied_quantity", "ship_qty", "inv_qty", "invoiced_qty", "liefermenge",
	"gelieferte_menge", "geliefert", "menge_geliefert", "qt\xC3\xA9_livr\xC3\xA9" "e",
	"qte_livree", "quantit\xC3\xA9_livr\xC3\xA9" "e", "quantite_livree", "cantidad_servida",
	"cantidad_entregada", "aantal_geleverd", "geleverd", NULL};
static const char *const ordered_qtys[] = {"qty_ordered", "quantity_ordered",
	"ordered_quantity", "order_quantity", "order_qty", "bestellmenge", "bestellte_menge",
	"qt\xC3\xA9_command\xC3\xA9" "e", "qte_commandee", "quantit\xC3\xA9_command\xC3\xA9" "e",
	"quantite_commandee", "cantidad_pedida", "aantal_besteld", NULL};
static const char *const backorder_names[] = {"backorder", "back_order", "backordered",
	"qty_backordered", "quantity_backordered", "backorder_qty", "backorder_quantity",
	"r\xC3\xBC" "ckstand", "rueckstand", "reliquat", "pendiente", "cantidad_pendiente",
	"achterstand", NULL};

static int name_in(const header *h, int f, const char *const *names)
{
	return sniff_name_index(h->norm[f], strlen(h->norm[f]), names) >= 0;
}

/* May field b, a quantity's name, lose to a delivered quantity beside it (delivered_qtys)? */
static int qty_loser(const header *h, int b)
{
	int lv = -1;
	if (name_in(h, b, ordered_qtys))
		return 1;
	if (name_in(h, b, delivered_qtys) || alias_role(h->norm[b], &lv) != RR_COL_QTY || lv > 0)
		return 0;
	for (int g = 0; g < h->n && g < MAX_COLS; g++)
		if (name_in(h, g, backorder_names))
			return 1;
	return 0;
}

static int delivered_beside(const header *h, int a, int b)
{
	return name_in(h, a, delivered_qtys) && qty_loser(h, b);
}

int sniff_delivered_name(const char *name)
{
	return sniff_name_index(name, strlen(name), delivered_qtys) >= 0;
}

#define N_PREFER (sizeof prefer / sizeof *prefer)
static char prefer_norm[N_PREFER][2][NORM_MAX];   /* each pair's names as compared */
static pthread_once_t prefer_once = PTHREAD_ONCE_INIT;

static void prefer_normalize(void)
{
	for (size_t k = 0; k < N_PREFER; k++) {
		normalize(prefer[k].winner, prefer_norm[k][0]);
		normalize(prefer[k].loser, prefer_norm[k][1]);
	}
}

/* Is field b an item's bare word (Article, Producto: an item name of level 1)? */
static int item_bare_word(const header *h, int b)
{
	int lv = -1;
	return alias_role(h->norm[b], &lv) == RR_COL_ITEM && lv == 1;
}

/* 1 when field a wins over field b for role c (prefer[]), else 0. A bare code's word of the
 * item's last level (Code, C\xC3\xB3digo, R\xC3\xA9f\xC3\xA9rence, Codice,
 * \xD0\x9A\xD0\xBE\xD0\xB4) wins over the item's bare word (Article, Art\xC3\xADculo,
 * Producto, Articolo, \xD0\xA2\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80), as Artikelnummer does
 * over Artikel by its level: the code beside the name it is shown with (t64 F4: items of one
 * name merged, or told apart by a changed name). So do an order's status over a payment's
 * (payment_statuses), a code over its name by the values read (fill: code_beside_name), an
 * order's date over the bare date (order_date_beside) and a delivered quantity over an
 * ordered one (delivered_beside). */
static int preferred(const header *h, const sniff_values *fill, int c, int a, int b)
{
	int la = -1;
	pthread_once(&prefer_once, prefer_normalize);
	if (c == RR_COL_ITEM && item_bare_word(h, b) && alias_role(h->norm[a], &la) == RR_COL_ITEM &&
	    la == RR_ALIAS_LEVELS - 1 && bare_code_word(h, a))
		return 1;
	if (c == RR_COL_STATUS && payment_status_name(h->norm[b]) && order_status_name(h, a))
		return 1;
	if (code_beside_name(h, fill, c, a, b) ||
	    (c == RR_COL_DATE && order_date_beside(h, fill, a, b)) ||
	    (c == RR_COL_ITEM && sku_beside_id(h, fill, a, b)) ||
	    (c == RR_COL_QTY && delivered_beside(h, a, b)))
		return 1;
	for (size_t k = 0; k < N_PREFER; k++)
		if ((int)prefer[k].col == c && strcmp(h->norm[a], prefer_norm[k][0]) == 0 &&
		    strcmp(h->norm[b], prefer_norm[k][1]) == 0)
			return 1;
	return 0;
}

/* The column that wins over field f for role c by prefer[] (its code beside a name), one no
 * role has taken yet; else f. Only beside a loser's name are the others looked at: a header
 * of many names costs a look per column, not one per pair (the fuzzer's 256 columns). */
static int preferred_beside(const header *h, const sniff_values *fill, int c, int f,
			    const int taken[MAX_COLS])
{
	int loser = (c == RR_COL_ITEM && (item_bare_word(h, f) ||
					  sniff_name_index(h->norm[f], strlen(h->norm[f]),
							   platform_ids) >= 0)) ||
		    (c == RR_COL_STATUS && payment_status_name(h->norm[f])) ||
		    (c == RR_COL_USER && sniff_name_index(h->norm[f], strlen(h->norm[f]),
							  user_names) >= 0) ||
		    (c == RR_COL_DATE && sniff_name_index(h->norm[f], strlen(h->norm[f]),
							  bare_dates) >= 0) ||
		    (c == RR_COL_QTY && qty_loser(h, f));
	pthread_once(&prefer_once, prefer_normalize);
	for (size_t k = 0; k < N_PREFER && !loser; k++)
		loser = (int)prefer[k].col == c && strcmp(h->norm[f], prefer_norm[k][1]) == 0;
	for (int g = 0; g < h->n && g < MAX_COLS && loser; g++)
		if (g != f && taken[g] < 0 && preferred(h, fill, c, g, f))
			return g;
	return f;
}

/* Two columns of one role's names filled on complementary lines of those read (fill), each
 * where the other is empty, alike where both are, their first values of one kind: one column
 * that a join of exports split in two when it was renamed between them (PowerQuery's Append,
 * pandas.concat: t90 F1), read as one by ingest (splitcol.h). The one filled first, else -1
 * (the two are refused as could both be the role, as before). */
static int split_first(const sniff_values *fill, int a, int b)
{
	unsigned n = fill->rows < SNIFF_LINES ? fill->rows : SNIFF_LINES, only_a = 0, only_b = 0;
	int first = -1;
	if (fill->kind[a] != fill->kind[b] && !sniff_missing(fill->first[a], strlen(fill->first[a])) &&
	    !sniff_missing(fill->first[b], strlen(fill->first[b])))
		return -1;   /* an NA first says nothing of the kind */
	for (unsigned r = 0; r < n; r++) {
		unsigned ha = fill->line[r][a], hb = fill->line[r][b];
		if (ha && hb && ha != hb)
			return -1;
		only_a += ha && !hb;
		only_b += hb && !ha;
		if (first < 0 && (ha || hb))
			first = ha ? a : b;
	}
	return only_a && only_b ? first : -1;
}

/* Of two columns a role's names both give, the one filled when the other is empty on every
 * line read with the header (fill): an empty rival asks nothing (t35 F17: Clover's Item Code,
 * never written, beside its Item SKU). -1 when neither or both are empty. */
static int filled_of_two(const sniff_values *fill, int a, int b)
{
	if (!fill || !fill->rows || a >= MAX_COLS || b >= MAX_COLS)
		return -1;
	/* R's NA where a join left a column empty is empty too (t90 F1) */
	int fa = fill->filled[a] > fill->missing[a], fb = fill->filled[b] > fill->missing[b];
	if (fa != fb)
		return fa ? a : b;
	return fa ? split_first(fill, a, b) : -1;
}

/* One pass of match_known: the names of one level. Two fallback names of an optional column
 * leave it out (both show as not used) rather than refuse the file. */
static int match_pass(const header *h, const sniff_values *fill, int level, int col[RR_COL_N],
		      int taken[MAX_COLS])
{
	int found[RR_COL_N], other[RR_COL_N], n_conf = 0;
	for (int c = 0; c < RR_COL_N; c++)
		found[c] = other[c] = -1;
	for (int k = 0; k < h->n; k++) {
		int lv = 0, c = taken[k] < 0 ? alias_role(h->norm[k], &lv) : -1;
		/* a name with a remark in brackets holds its column a level later, so "Price" wins
		 * over "Price (incl. VAT)"; two such names are still a question for --map. One
		 * with tax in it (remark 2) never comes before one without: the last level at
		 * most, beside it */
		lv = lv + h->remark[k] < RR_ALIAS_LEVELS ? lv + h->remark[k] : RR_ALIAS_LEVELS - 1;
		if (c < 0 || col[c] != -1 || lv != level || found[c] == -2 || other[c] >= 0)
			continue;
		/* the code beside it (prefer[]) takes its place, whatever the code's own level */
		int f = preferred_beside(h, fill, c, k, taken);
		if (f == found[c])
			continue;
		if (found[c] >= 0 && (preferred(h, fill, c, f, found[c]) ||
				      preferred(h, fill, c, found[c], f))) {
			found[c] = preferred(h, fill, c, f, found[c]) ? f : found[c];
			continue;
		}
		/* both at the last level, one for its tax (its level cut there, Arabic's
		 * \xD8\xA7\xD9\x84\xD8\xB3\xD8\xB9\xD8\xB1 a fallback already): the one without it (t74 F3) */
		if (found[c] >= 0 && (h->remark[f] == 2) != (h->remark[found[c]] == 2)) {
			found[c] = h->remark[f] == 2 ? found[c] : f;
			continue;
		}
		if (found[c] >= 0 && level > 0 && !is_required(c)) {
			found[c] = -2;
			continue;
		}
		if (found[c] >= 0 && filled_of_two(fill, found[c], f) >= 0) {
			found[c] = filled_of_two(fill, found[c], f);
			continue;
		}
		if (found[c] >= 0) {   /* a question for --map: the file's others are asked too */
			other[c] = f;
			n_conf++;
			continue;
		}
		found[c] = f;
	}
	if (n_conf)
		return conflicts(h, found, other);
	for (int c = 0; c < RR_COL_N; c++)
		if (found[c] >= 0) {
			col[c] = found[c];
			taken[found[c]] = c;
		}
	return 0;
}

/* Unmapped roles from the known names, then level by level from the fallback names for the
 * roles still empty; two candidates for one role in one pass is an error. */
static int match_known(const header *h, const sniff_values *fill, int col[RR_COL_N],
		       int taken[MAX_COLS])
{
	for (int pass = 0; pass < RR_ALIAS_LEVELS; pass++)
		if (match_pass(h, fill, pass, col, taken) != 0)
			return -1;
	return 0;
}

static int field_role(const int col[RR_COL_N], int f);
static const char *shown_name(const char *const *name, int f, char *shown, size_t size);

/* Words of the known names that say nothing of whose column it is (an id, a number, a code,
 * in the languages of the names) or say another's (sell_to_customer_no: sell, a seller's;
 * Verk. an Deb.-Nr.: verk, a Verk\xC3\xA4ufer's; deb, a debit's). */
static const char *const role_blind_words[] = {"id", "no", "nr", "num", "number", "code", "key",
					       "name", "unique", "codigo", "c\xC3\xB3" "digo",
					       "numero", "num\xC3\xA9ro", "codice", "sell", "bill",
					       "to", "pseudo", "address", "verk", "rech", "deb",
					       /* Polish's and Italian's code (kod_produktu,
					        * cod_cliente: t39 #16), and a login */
					       "kod", "cod", "numer", "login",
					       /* an article in a name (Name des Auftraggebers): as a
					        * customer's word it told one in every Description
					        * (t86 F14: TRX_DESC's Room Charge offered as the
					        * customers' names) */
					       "des",
					       /* a reference is any document's (Xero's Reference, a
					        * PO number: t38 #8, it took the item from an empty
					        * InventoryItemCode, one item per invoice) */
					       "reference", "ref", "r\xC3\xA9" "f",
					       "r\xC3\xA9" "f\xC3\xA9" "rence",
					       "refer\xC3\xAA" "ncia",
					       /* German's, Dutch's, Swedish's number (Kontonummer:
					        * t46 F3) */
					       "nummer",
					       /* e112: the number, the code, the id and the name in
					        * the languages of its names (\xC4\x8C\xC3\xADslo \xC3\xBA\xC4\x8Dtu, a bank
					        * account's, is no invoice's), a variable symbol's
					        * symbol (Subiekt's Symbol is its item), and the
					        * abbreviations English words hold (Kod art.'s art in
					        * Party and Particulars: t49's Tally customer was no
					        * longer offered) */
					       "\xC4\x8D\xC3\xADslo", "cislo", "k\xC3\xB3" "d",
					       "sz\xC3\xA1m", "szam", "azonos\xC3\xADt\xC3\xB3",
					       "azonosito", "neve", "num\xC4\x83r", "numar",
					       "broj", "\xC5\xA1ifra", "sifra",
					       "\xC5\xA1tevilka", "stevilka", "naziv", "numeris",
					       "numurs", "kodas", "kods", "kood", "pavadinimas",
					       "nosaukums", "nimi",
					       "\xCE\xB1\xCF\x81\xCE\xB9\xCE\xB8\xCE\xBC\xCF\x8C\xCF\x82",
					       "\xCE\xBA\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA\xCF\x8C\xCF\x82",
					       "\xCE\xBA\xCF\x89\xCE\xB4",
					       "\xCE\xB5\xCF\x80\xCF\x89\xCE\xBD\xCF\x85\xCE\xBC\xCE\xAF\xCE\xB1",
					       "\xD0\xB8\xD0\xBC\xD0\xB5",
					       "\xD7\x9E\xD7\xA1\xD7\xA4\xD7\xA8",
					       "\xD7\xA7\xD7\x95\xD7\x93", "\xD7\xA9\xD7\x9D",
					       "\xD9\x83\xD9\x88\xD8\xAF",
					       "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87",
					       "\xDA\xA9\xD8\xAF", "\xD9\x86\xD8\xA7\xD9\x85",
					       "\xEB\xB2\x88\xED\x98\xB8",
					       "\xEC\xBD\x94\xEB\x93\x9C",
					       "\xE0\xA4\xB8\xE0\xA4\x82\xE0\xA4\x96\xE0\xA5\x8D\xE0\xA4\xAF\xE0\xA4\xBE",
					       "\xE0\xA4\xA8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0",
					       "\xE0\xA4\x95\xE0\xA5\x8B\xE0\xA4\xA1",
					       "\xE0\xA4\x86\xE0\xA4\x88\xE0\xA4\xA1\xE0\xA5\x80",
					       "\xE0\xA4\xA8\xE0\xA4\xBE\xE0\xA4\xAE", "symbol",
					       "art", "cif", "cui", "kus", "jedn",
					       "nume",
					       /* Spanish's abbreviated code and number (C\xC3\xB3d.
					        * Art\xC3\xADculo, N\xC3\xBAm. factura), the number's
					        * signs (N\xC2\xB0, N\xC2\xBA: t64) */
					       "c\xC3\xB3" "d", "n\xC3\xBAm", "n\xC2\xB0", "n\xC2\xBA", NULL};

/* Does the compared name norm hold a known name of role c of 3 bytes or more, a last resort's
 * aside ("Sum of Qty" holds qty, Haravan's "S\xE1\xBB\x91 l\xC6\xB0\xE1\xBB\xA3ng s\xE1\xBA\xA3n ph\xE1\xBA\xA9m" s\xE1\xBB\x91_l\xC6\xB0\xE1\xBB\xA3ng, Dinero's "Stk. pris"
 * pris)? The hints of an unused quantity or price column draw on the names table, so every
 * language it knows for a role names its column (t46 F9: a second, shorter list of words
 * left Russian, Vietnamese, Nordic names unhinted). */
static int holds_role_name(const char *norm, int c)
{
	pthread_once(&alias_once, alias_sort);
	for (int i = 0; i < n_alias_sorted; i++) {
		const rr_col_alias *k = &ingest_col_aliases[alias_sorted[i].index];
		if ((int)k->col == c && k->level < RR_ALIAS_LEVELS - 1 &&
		    strlen(alias_sorted[i].name) >= 3 && strstr(norm, alias_sorted[i].name))
			return 1;
	}
	return 0;
}

/* The words of the known names, once: each word of 3 bytes or more of each name, unless
 * role-blind, with the name's column, in the names' order (text_holds_role_word). Looked up
 * for every role of every column of a header relrec does not know, they were split and each
 * checked against role_blind_words every time: 1 s of CPU for a refused 256-column header,
 * ten times that under the fuzzer's instrumentation (a timeout of fuzz_ingest). */
static struct role_word {
	enum rr_col col;
	char word[NORM_MAX];
} *role_words;
static size_t n_role_words;
static pthread_once_t role_words_once = PTHREAD_ONCE_INIT;

/* role_blind_words normalized and sorted (sniff_words_index) while role_words is built: each
 * word of every known name is looked up there, and a scan of the list, normalizing its names
 * past ASCII for every word, was 200 M instructions on the first load of every process (a
 * twentieth of loading the bundled file). */
#define ROLE_BLIND_MAX (sizeof role_blind_words / sizeof *role_blind_words)
static sniff_word *role_blind;
static size_t n_role_blind;

/* Each kept word of name into role_words[*n] when role_words is set; counts them either way. */
static void role_words_of(const rr_col_alias *k, size_t *n)
{
	for (const char *s = k->name; *s; s += strspn(s, "_ /-")) {
		size_t len = strcspn(s, "_ /-");
		if (len >= 3 && len < NORM_MAX && !sniff_words_find(role_blind, n_role_blind, s, len)) {
			if (role_words) {
				role_words[*n].col = k->col;
				memcpy(role_words[*n].word, s, len);
				role_words[*n].word[len] = '\0';
			}
			(*n)++;
		}
		s += len;
	}
}

static void role_words_build(void)
{
	size_t n = 0;
	role_blind = malloc(ROLE_BLIND_MAX * sizeof *role_blind);
	if (!role_blind)
		return;   /* no memory: no word is known (a hint less) */
	n_role_blind = sniff_words_index(role_blind, ROLE_BLIND_MAX,
					 (const char *const *const[]){role_blind_words}, 1);
	for (const rr_col_alias *k = ingest_col_aliases; k->name; k++)
		role_words_of(k, &n);
	role_words = malloc((n ? n : 1) * sizeof *role_words);
	n = 0;
	for (const rr_col_alias *k = ingest_col_aliases; role_words && k->name; k++)
		role_words_of(k, &n);
	n_role_words = role_words ? n : 0;   /* no memory: no word is known (a hint less) */
	free(role_blind);
	role_blind = NULL;
}

/* Does the compared name norm hold a word (3 bytes or more, not role-blind) of one of role
 * c's known names, or, for the date, of the time's (Zeit)? item_nbr holds item; Order ID and
 * store_nbr no customer's word. holds_role_word: column f's name. */
static int text_holds_role_word(const char *norm, int c)
{
	pthread_once(&role_words_once, role_words_build);
	for (size_t k = 0; k < n_role_words; k++)
		if (((int)role_words[k].col == c ||
		     (c == RR_COL_DATE && role_words[k].col == RR_COL_TIME)) &&
		    strstr(norm, role_words[k].word))
			return 1;
	return 0;
}

/* (a money column is no customer's or item's by a word of its name: money_named) */
static int holds_role_word(const header *h, int f, int c)
{
	if ((c == RR_COL_USER || c == RR_COL_ITEM) && h->money[f])
		return 0;
	return text_holds_role_word(h->norm[f], c);
}

/* Is header name f a role-blind word alone (Code, C\xC3\xB3digo, R\xC3\xA9f., Kod)? */
static int bare_code_word(const header *h, int f)
{
	return sniff_name_index(h->norm[f], strlen(h->norm[f]), role_blind_words) >= 0;
}

/* Words that make a name a category's, not an id's: Customer Type, Product Group, Order
 * Channel, Kundengruppe. At the end of the compared name, or before an id's word (Customer
 * Group ID): a column of a few kinds that holds a role's word numbers none of them (t36:
 * guests first, a customer id empty on the lines read gave the customer to Customer Type;
 * an SKU filled on few lines gave the item to Product Group, 28 items read as 3). */
static const struct category_word {
	const char *word;
	int lead;   /* also as a name's first word of several: the languages that write the noun
	             first (Тип чека, Tipo de documento, Type de pièce: t59 F5, a receipt's type
	             was offered as the customer) */
} category_words[] = {
	{"type", 1}, {"types", 0}, {"group", 0}, {"groups", 0}, {"category", 1},
	{"categories", 0}, {"class", 0}, {"segment", 0}, {"channel", 0}, {"kind", 0},
	{"tier", 0}, {"level", 0}, {"family", 0}, {"status", 0}, {"source", 0}, {"typ", 1},
	{"gruppe", 0}, {"kategorie", 0}, {"klasse", 0}, {"categorie", 1}, {"categoria", 1},
	{"tipo", 1}, {"grupo", 0}, {"groupe", 0}, {"famille", 0}, {"famiglia", 0},
	{"familia", 0}, {"segmento", 0}, {"canal", 0},
	/* Russian type, kind, group, category */
	{"\xD1\x82\xD0\xB8\xD0\xBF", 1}, {"\xD0\xB2\xD0\xB8\xD0\xB4", 1},
	{"\xD0\xB3\xD1\x80\xD1\x83\xD0\xBF\xD0\xBF\xD0\xB0", 1},
	{"\xD0\xBA\xD0\xB0\xD1\x82\xD0\xB5\xD0\xB3\xD0\xBE\xD1\x80\xD0\xB8\xD1\x8F", 1},
	{NULL, 0}};

/* Does norm end with w, then (when id is not NULL) id? */
static int ends_with_words(const char *norm, size_t n, const char *w, const char *id)
{
	size_t k = strlen(w), t = id ? strlen(id) : 0;
	return n >= k + t && memcmp(norm + n - t - k, w, k) == 0 &&
	       (!t || memcmp(norm + n - t, id, t) == 0);
}

/* Does name, of several words, begin with a word category_words marks as a lead (Тип чека,
 * Tipo de documento)? */
static int category_lead(const char *name)
{
	char low[NORM_MAX];
	size_t w = strcspn(name, " _-\t");
	if (!name[w] || !name[w + strspn(name + w, " _-\t")] || w >= sizeof low / 2)
		return 0;
	size_t m = textfold(low, name, w);
	for (const struct category_word *c = category_words; c->word; c++)
		if (c->lead && strlen(c->word) == m && memcmp(low, c->word, m) == 0)
			return 1;
	return 0;
}

static int category_name(const char *norm)
{
	size_t n = strlen(norm);
	for (const struct category_word *c = category_words; c->word; c++) {
		const char *w = c->word;
		if (ends_with_words(norm, n, w, NULL))
			return 1;
		for (const char *const *id = role_blind_words; *id; id++)
			if (ends_with_words(norm, n, w, *id))
				return 1;
	}
	return 0;
}

/* Columns that group the customers or the items a load counted (colgroup.h; ingest's notes of
 * a coarser key, t63 F8, F12, F13, F21): each kind with its words, the one table. A word is
 * matched as a word of the name (split at blanks, _ - . / # and brackets; digits may follow
 * it: EAN13, not Clean, Mean, January), part marks a word matched anywhere in the compared
 * name (compounds: Firmenname, JANコード, 会社名). */
static const struct group_word {
	const char *word;
	unsigned char kind, part;
} group_words[] = {
	/* the buyer's company, account or organisation beside its contact person */
	{"company", SNIFF_GROUP_COMPANY, 0}, {"companyname", SNIFF_GROUP_COMPANY, 0},
	{"account", SNIFF_GROUP_COMPANY, 0}, {"accountname", SNIFF_GROUP_COMPANY, 0},
	{"organisation", SNIFF_GROUP_COMPANY, 0}, {"organization", SNIFF_GROUP_COMPANY, 0},
	{"org", SNIFF_GROUP_COMPANY, 0}, {"firma", SNIFF_GROUP_COMPANY, 0},
	{"firmenname", SNIFF_GROUP_COMPANY, 1}, {"unternehmen", SNIFF_GROUP_COMPANY, 0},
	{"societe", SNIFF_GROUP_COMPANY, 0}, {"soci\xC3\xA9t\xC3\xA9", SNIFF_GROUP_COMPANY, 0},
	{"raisonsociale", SNIFF_GROUP_COMPANY, 1}, {"empresa", SNIFF_GROUP_COMPANY, 0},
	{"razonsocial", SNIFF_GROUP_COMPANY, 1}, {"raz\xC3\xB3nsocial", SNIFF_GROUP_COMPANY, 1},
	{"azienda", SNIFF_GROUP_COMPANY, 0}, {"ragionesociale", SNIFF_GROUP_COMPANY, 1},
	{"bedrijf", SNIFF_GROUP_COMPANY, 0}, {"bedrijfsnaam", SNIFF_GROUP_COMPANY, 1},
	{"\xE4\xBC\x9A\xE7\xA4\xBE", SNIFF_GROUP_COMPANY, 1} /* 会社 */,
	{"\xE6\xB3\x95\xE4\xBA\xBA", SNIFF_GROUP_COMPANY, 1} /* 法人 */,
	{"\xE4\xBC\x81\xE6\xA5\xAD", SNIFF_GROUP_COMPANY, 1} /* 企業 */,
	{"\xE5\x85\xAC\xE5\x8F\xB8", SNIFF_GROUP_COMPANY, 1} /* 公司 */,
	{"\xED\x9A\x8C\xEC\x82\xAC", SNIFF_GROUP_COMPANY, 1} /* 회사 */,
	{"\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F", SNIFF_GROUP_COMPANY, 1},
	{"\xD0\xBE\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F",
	 SNIFF_GROUP_COMPANY, 1} /* компания, организация */,
	/* the product's code of a code system, beside a seller's or a shop's own SKU */
	{"ean", SNIFF_GROUP_PRODUCT, 0}, {"gtin", SNIFF_GROUP_PRODUCT, 0},
	{"upc", SNIFF_GROUP_PRODUCT, 0}, {"jan", SNIFF_GROUP_PRODUCT, 0},
	{"isbn", SNIFF_GROUP_PRODUCT, 0}, {"mpn", SNIFF_GROUP_PRODUCT, 0},
	{"asin", SNIFF_GROUP_PRODUCT, 0}, {"barcode", SNIFF_GROUP_PRODUCT, 1},
	{"jancode", SNIFF_GROUP_PRODUCT, 1},
	{"jan\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89", SNIFF_GROUP_PRODUCT, 1} /* JANコード */,
	{"\xE3\x83\x90\xE3\x83\xBC\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89", SNIFF_GROUP_PRODUCT, 1},
	{"strichcode", SNIFF_GROUP_PRODUCT, 1}, {"codebarre", SNIFF_GROUP_PRODUCT, 1},
	{"codigodebarras", SNIFF_GROUP_PRODUCT, 1},
	{"c\xC3\xB3" "digodebarras", SNIFF_GROUP_PRODUCT, 1},
	{"\xD1\x88\xD1\x82\xD1\x80\xD0\xB8\xD1\x85\xD0\xBA\xD0\xBE\xD0\xB4", SNIFF_GROUP_PRODUCT, 1},
	{"\xE6\x9D\xA1\xE7\xA0\x81", SNIFF_GROUP_PRODUCT, 1} /* バーコード, штрихкод, 条码 */,
	{"productid", SNIFF_GROUP_PRODUCT, 0}, {"productcode", SNIFF_GROUP_PRODUCT, 0},
	/* the id a duplicate was merged into, a variant's parent, a master record */
	{"mergedinto", SNIFF_GROUP_MERGED, 1}, {"mergeinto", SNIFF_GROUP_MERGED, 1},
	{"mergedto", SNIFF_GROUP_MERGED, 1}, {"mergedwith", SNIFF_GROUP_MERGED, 1},
	{"duplicateof", SNIFF_GROUP_MERGED, 1}, {"canonical", SNIFF_GROUP_MERGED, 1},
	{"surviving", SNIFF_GROUP_MERGED, 1}, {"master", SNIFF_GROUP_MERGED, 0},
	{"parent", SNIFF_GROUP_MERGED, 0}, {NULL, 0, 0}};

/* Words that make a name of those another column's: a person's (Account Manager, Company
 * Contact), an address's, a carrier's (Courier Company), an order's (Parent Order ID). */
static const char *const group_not_words[] = {"manager", "owner", "rep", "representative",
					      "agent", "executive", "salesperson", "person",
					      "contact", "currency", "carrier", "courier",
					      "accounting", "address", "city", "country", "phone",
					      "street", "zip", "order",
					      "invoice", "receipt", NULL};

/* Is the word w (folded, n bytes) one of the name's words, digits after it allowed? */
static int name_has_word(const char *low, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = low; (p = strstr(p, w)); p++) {
		int start = p == low || strchr(" _-./#()[]", p[-1]);
		const char *e = p + n;
		while (*e >= '0' && *e <= '9')
			e++;
		if (start && (!*e || strchr(" _-./#()[]", *e)))
			return 1;
	}
	return 0;
}

const char *const sniff_till_words[] = {
	"store", "shop", "branch", "outlet", "location", "loc", "site", "till", "register",
	"terminal", "pos", "workstation", "wkstn", "lane", "kasse", "filiale", "laden", "magasin",
	"caisse", "boutique", "tienda", "caja", "sucursal", "negozio", "cassa",
	"winkel", "kassa", "filiaal", "loja", "caixa", "filial", "sklep", "kasa", NULL};

const char *const sniff_tax_id_words[] = {
	"nip", "vat", "vatin", "ust", "ustid", "ustidnr", "nif", "cif", "cui", "piva", "iva",
	"btw", "tva", "di\xC4\x8D", "dic", "mva", "alv", "momsnr", "taxid", "tax",
	/* t85 F17: Greece's VAT number, \xCE\x91\xCE\xA6\xCE\x9C (\xCE\x91.\xCE\xA6.\xCE\x9C.), and its Latin spellings AFM,
	 * A.F.M., as folded */
	"\xCE\xB1\xCF\x86\xCE\xBC", "\xCE\xB1.\xCF\x86.\xCE\xBC", "afm", "a.f.m", NULL};

const char *const sniff_phone_words[] = {
	"phone", "telephone", "tel", "telefon", "telefonnummer", "rufnummer", "handy",
	"handynummer", "mobil", "mobilnummer", "mobile", "cell", "cellphone", "gsm", "msisdn",
	"portable", "movil", "m\xC3\xB3vil", "celular", "telefono", "tel\xC3\xA9" "fono", "telefone",
	"t\xC3\xA9l\xC3\xA9phone", "\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD1\x84\xD0\xBE\xD0\xBD", NULL};

/* A column's name folded (textfold) into low[2 * NORM_MAX]: 0 when it is empty or too long. */
static int folded_name(const char *name, char *low)
{
	size_t n = strlen(name);
	if (!n || n >= NORM_MAX)
		return 0;
	low[textfold(low, name, n)] = '\0';
	return 1;
}

/* Does header name hold one of words (NULL-ended) as a word of its own, folded? */
static int named_by(const char *name, const char *const *words)
{
	char low[2 * NORM_MAX];
	if (!folded_name(name, low))
		return 0;
	for (const char *const *w = words; *w; w++)
		if (name_has_word(low, *w))
			return 1;
	return 0;
}

int sniff_tax_id_named(const char *name)
{
	return named_by(name, sniff_tax_id_words);
}

int sniff_phone_named(const char *name)
{
	return named_by(name, sniff_phone_words);
}

int sniff_till_named(const char *name)
{
	static const char *const when[] = {"date", "time", "datum", "zeit", "fecha", "data",
					   "heure", "ora", "day", "dt", NULL};
	char low[2 * NORM_MAX];
	if (!folded_name(name, low))
		return 0;
	for (const char *const *w = when; *w; w++)
		if (name_has_word(low, *w))
			return 0;
	for (const char *const *w = sniff_till_words; *w; w++)
		if (name_has_word(low, *w))
			return 1;
	return 0;
}

int sniff_group_kind(const char *name, unsigned *roles)
{
	char norm[NORM_MAX], low[2 * NORM_MAX];
	size_t n = strlen(name);
	*roles = 0;
	if (!n || n >= NORM_MAX)
		return SNIFF_GROUP_NONE;
	normalize_n(name, n, norm);   /* a unit in brackets left out: EAN (13), Firma (Name) */
	if (norm[0] == '\x01' || category_name(norm) || category_lead(name))
		return SNIFF_GROUP_NONE;
	/* a word of the name, or the whole name as compared (CompanyName, Product-ID) */
	size_t m = textfold(low, name, n);
	low[m] = '\0';
	for (const char *const *w = group_not_words; *w; w++)
		if (name_has_word(low, *w))
			return SNIFF_GROUP_NONE;
	int kind = SNIFF_GROUP_NONE;
	for (const struct group_word *g = group_words; g->word && !kind; g++)
		if (g->part ? strstr(norm, g->word) != NULL
			    : name_has_word(low, g->word) || strcmp(norm, g->word) == 0)
			kind = g->kind;
	if (kind == SNIFF_GROUP_COMPANY)
		*roles = 1u << RR_COL_USER;
	else if (kind == SNIFF_GROUP_PRODUCT)
		*roles = 1u << RR_COL_ITEM;
	else if (kind == SNIFF_GROUP_MERGED) {   /* whose: by a role's word, else either */
		*roles = (unsigned)text_holds_role_word(norm, RR_COL_USER) << RR_COL_USER |
			 (unsigned)text_holds_role_word(norm, RR_COL_ITEM) << RR_COL_ITEM;
		if (!*roles)
			*roles = 1u << RR_COL_USER | 1u << RR_COL_ITEM;
	}
	return kind;
}

/* Could a column no role took be role c under a name relrec does not know
 * (holds_role_word)? A file with no such column most likely has no customer at all (t19),
 * which the refusal says. */
static int not_customer_name(const char *norm);
static int has_candidate(const header *h, const int col[RR_COL_N], int c)
{
	/* a place's is none of a customer's (t67 F23: Amazon's ship-postal-code, of posta, the
	 * E-Posta's word, left no word that the file has no buyer column) */
	for (int f = 0; f < h->n; f++)
		if (field_role(col, f) < 0 && holds_role_word(h, f, c) &&
		    !(c == RR_COL_USER && not_customer_name(h->norm[f])))
			return 1;
	return 0;
}

static int seen_kind(const sniff_values *v, int f);
static int date_number_plausible(const sniff_values *v, int f);

/* Is column f's first value on the lines read (fill) money as written: digits ending in a
 * decimal mark and two digits, a currency's letters or sign before or after it or not
 * (12.00, GBP 4.50, R$ 1.234,50)? No customer, item or order is numbered so. */
static int money_value(const sniff_values *fill, int f)
{
	if (!fill || f < 0 || f >= MAX_COLS || !fill->filled[f] || fill->kind[f] >= 0)
		return 0;
	const char *s = fill->first[f];
	size_t n = strlen(s), b = 0, digits = 0;
	while (b < n && !(s[b] >= '0' && s[b] <= '9'))
		b++;
	while (n > b && !(s[n - 1] >= '0' && s[n - 1] <= '9'))
		n--;
	for (size_t k = b; k < n; k++)
		if (s[k] >= '0' && s[k] <= '9')
			digits++;
		else if (!strchr(".,' ", s[k]))
			return 0;
	return digits >= 3 && n - b >= 4 && (s[n - 3] == '.' || s[n - 3] == ',') &&
	       s[n - 2] != ' ' && s[n - 2] != '.' && s[n - 2] != ',';
}

/* A role the names gave a column that is empty on every line read with the header goes to
 * the first unused column that is filled there and is that role's by a known name, else (for
 * the roles a purchase is made of: customer, item, date, invoice) by a word of one
 * (Lightspeed's Custom SKU, beside its empty UPC). A map's roles stay. Only empty: a column
 * written on an order's first line only, nearly empty on the lines read, is the right one,
 * filled down (t32: Shopify's Email and Created at in orders of six lines went to Vendor and
 * a true/false column; Odoo's Order Reference to a tax column). A column of one value, or a
 * flag's two (few_values), or of money (money_value: t56 F20, Customer Price), takes no
 * invoice, customer or item, one that changes only with the invoice no item (per_invoice),
 * and the date goes only to a column of dates. */
static void prefer_filled(const header *h, const sniff_values *fill, const int mapped[RR_COL_N],
			  int col[RR_COL_N], int taken[MAX_COLS])
{
	for (int c = 0; c < RR_COL_N; c++) {
		/* the item is no order's field, never filled down: nearly empty is enough for it
		 * (t34: a UPC filled on one line of twenty kept the role, 19 rows rejected) */
		if (mapped[c] || col[c] < 0 || !fill || !fill->rows || col[c] >= MAX_COLS ||
		    (fill->filled[col[c]] && !(c == RR_COL_ITEM && nearly_empty(fill, col[c]))))
			continue;
		int by_word = is_required(c) || c == RR_COL_INVOICE, to = -1;
		int names_one = c == RR_COL_INVOICE || c == RR_COL_USER || c == RR_COL_ITEM;
		for (int pass = 0; pass < 1 + by_word && to < 0; pass++)
			for (int f = 0; f < h->n && to < 0; f++) {
				int lv, k = seen_kind(fill, f);
				if (taken[f] < 0 && filled(fill, f) &&
				    !(names_one && (few_values(fill, f) || money_value(fill, f))) &&
				    !(c == RR_COL_ITEM && per_invoice(fill, f, col[RR_COL_INVOICE])) &&
				    (c != RR_COL_DATE || k == VK_DATE || (k == VK_DATE_NUMBER &&
				     date_number_plausible(fill, f))) &&
				    (pass ? holds_role_word(h, f, c) && !category_name(h->norm[f])
					  : alias_role(h->norm[f], &lv) == c))
					to = f;
			}
		if (to >= 0)
			give_role(c, to, col, taken);
	}
}

/* The lines read with the header (fill) that have a line above, as changed[] counts them. */
static uint64_t lines_read(const sniff_values *fill)
{
	return fill->rows >= 64 ? ~(uint64_t)1 : ((uint64_t)1 << fill->rows) - 2;
}

/* Is column line another value on every line read (filled on each), while column f, filled
 * on each too and of more than a flag's values, keeps its value over two lines or more, and
 * only where the customer and the date keep theirs too? Then f groups a customer's lines of
 * one time into baskets that line numbers one by one (t53 F1: Qoo10's Order No. per line,
 * its Cart No. the checkout). */
static int groups_lines(const sniff_values *fill, const int col[RR_COL_N], int line, int f)
{
	if (!fill || fill->rows < 3 || line < 0 || f < 0 || line >= MAX_COLS || f >= MAX_COLS ||
	    line == f || fill->filled[line] < fill->rows || fill->filled[f] < fill->rows ||
	    few_values(fill, f))
		return 0;
	uint64_t lines = lines_read(fill), kept = lines & ~fill->changed[f], visit = 0;
	if ((fill->changed[line] & lines) != lines || __builtin_popcountll(kept) < 2)
		return 0;
	int u = col[RR_COL_USER], d = col[RR_COL_DATE];
	if (u < 0 || u >= MAX_COLS)
		return 0;
	visit = fill->changed[u] | (d >= 0 && d < MAX_COLS ? fill->changed[d] : 0);
	/* a basket never spans two customers or times, and one of them changing starts one */
	return !(visit & kept) && !(visit & lines & ~fill->changed[f]);
}

/* Is field f's name an order's or a basket's (the names table's invoice, but a session's)? */
static int invoice_named(const header *h, int f)
{
	int lv = -1;
	return alias_role(h->norm[f], &lv) == RR_COL_INVOICE && lv < RR_ALIAS_LEVELS - 1;
}

/* The invoice, unless mapped, goes to an unused column of an invoice's name that groups the
 * lines it numbers one by one (groups_lines): a marketplace's cart beside its order number per
 * line. */
static void basket_of_lines(const header *h, const sniff_values *fill,
			    const int mapped[RR_COL_N], int col[RR_COL_N], int taken[MAX_COLS])
{
	if (mapped[RR_COL_INVOICE] || col[RR_COL_INVOICE] < 0)
		return;
	for (int f = 0; f < h->n && f < MAX_COLS; f++)
		if (taken[f] < 0 && invoice_named(h, f) &&
		    groups_lines(fill, col, col[RR_COL_INVOICE], f)) {
			give_role(RR_COL_INVOICE, f, col, taken);
			return;
		}
}

static void header_init(header *h, const char *const *name, int n, const char *path, char sep,
			int col[RR_COL_N], int taken[MAX_COLS]);

int sniff_basket_column(const char *const *name, int n, const int col[RR_COL_N],
			const sniff_values *fill, int *per_line)
{
	header h;
	int cols[RR_COL_N], taken[MAX_COLS], inv = col[RR_COL_INVOICE], lv;
	header_init(&h, name, n, "", ',', cols, taken);
	for (int c = 0; c < RR_COL_N; c++)
		if (col[c] >= 0 && col[c] < h.n)
			taken[col[c]] = c;
	for (int f = 0; f < h.n && inv >= 0; f++) {
		if (taken[f] >= 0)
			continue;
		if (invoice_named(&h, f) && groups_lines(fill, col, f, inv)) {
			*per_line = f;   /* the one basket_of_lines left: the invoice groups it */
			return inv;
		}
		/* a column of no known name and no dates: the hint's */
		if (alias_role(h.norm[f], &lv) < 0 && seen_kind(fill, f) < 0 &&
		    groups_lines(fill, col, inv, f)) {
			*per_line = inv;
			return f;
		}
	}
	return -1;
}

/* ==== what the values say: the refusal's evidence ==== */

/* What a value reads as (sniff_values): the date's, written as a date or as a number, or
 * the customer's. */
/* VK_DATE_NUMBER: Unix times or YYYYMMDD; VK_DATE_SERIAL: numbers read as Excel's serial
 * days, which a column of 5-digit account numbers is too (t29 F7); the enum is declared
 * before prefer_filled */

void sniff_values_init(sniff_values *v)
{
	memset(v, 0, sizeof *v);
	memset(v->kind, -1, sizeof v->kind);
}

/* Does s[0..n) read as an email address: something, one @, a domain with a dot inside it,
 * and nothing an address cannot hold unquoted (a blank, a comma, brackets, quotes)? */
static int email_like(const char *s, size_t n)
{
	const char *at = memchr(s, '@', n);
	if (!at || at == s)
		return 0;
	for (size_t k = 0; k < n; k++)
		if ((unsigned char)s[k] <= ' ' || strchr(",;:\"'<>()[]\\", s[k]))
			return 0;
	const char *dom = at + 1;
	size_t d = n - (size_t)(dom - s);
	if (memchr(dom, '@', d))
		return 0;
	for (size_t k = 1; k + 1 < d; k++)
		if (dom[k] == '.' && dom[k - 1] != '.' && dom[k + 1] != '.')
			return 1;
	return 0;
}

/* The kind of value s[0..n), or -1. Read alone: a day number is read only in a column of
 * them, which one value is, so it is told apart here. */
static int value_kind(const char *s, size_t n, const struct datefmt *fmt, const calendar *cal)
{
	date_guess g;
	int32_t minute;
	/* digits as the rows read them (rows_plain_id): Arabic-Indic, Persian and fullwidth
	 * ones, bidi marks left out (t39 #11: Salla's \xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA3-... dates were
	 * no date to the refusal, which then said to join the table that holds them) */
	char plain[128];
	size_t k = 0;
	while (k < n && (unsigned char)s[k] < 0xC0)
		k++;
	if (k < n && n < sizeof plain) {
		memcpy(plain, s, n);
		plain[n] = '\0';
		n = rows_plain_id(plain);
		s = plain;
	}
	date_guess_init(&g, fmt);
	g.cal = cal;   /* as the load reads them: a Solar Hijri 1403/01/15 is a date under it */
	int date = date_guess_read(&g, s, n, 0, 0, &minute) == 0;
	int number = date_guess_numbers(&g) > 0, daynum = g.n_daynum > 0, serial = g.n_serial > 0;
	date_guess_free(&g);
	/* a number that reads as a date over a year past today is an id, not a Unix time (t39
	 * #13: Naver's 16-digit product order numbers were offered as the date, all of 2034) */
	time_t now = time(NULL);
	if (date && number && now != (time_t)-1 &&
	    (double)minute > (double)now / 60 + 366.0 * 24 * 60)
		date = 0;
	if (date && !number)
		return VK_DATE;
	if (date && !daynum)
		return serial && !memchr(s, '.', n) && !memchr(s, ',', n) ? VK_DATE_SERIAL
									   : VK_DATE_NUMBER;
	return email_like(s, n) ? VK_EMAIL : -1;
}

/* Counts column f's distinct values up to 3, by their hashes (FNV-1a): enough to tell a
 * column of one value, or of a flag's two, from an order number's (few_values). */
static unsigned text_hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 16777619u;
	return h;
}

static void count_distinct(sniff_values *v, int f, const char *s, size_t n)
{
	unsigned h = text_hash(s, n);
	unsigned char d = v->distinct[f];
	if (d >= 3 || (d >= 1 && v->hash[f][0] == h) || (d >= 2 && v->hash[f][1] == h))
		return;
	if (d < 2)
		v->hash[f][d] = h;
	v->distinct[f]++;
}

/* A value of column f that reads as a date number, into its span and its count of steps of
 * 0 or 1 (date_number_plausible). */
static void date_number_add(sniff_values *v, int f, const char *s, size_t n)
{
	char d[32];
	if (n >= sizeof d)
		return;
	memcpy(d, s, n);
	d[n] = '\0';
	double x = strtod(d, NULL);
	int first = v->same[f] <= 1;   /* counted already, this one too */
	v->counting[f] += !first && (x == v->prev[f] || x == v->prev[f] + 1);
	v->lo[f] = first || x < v->lo[f] ? x : v->lo[f];
	v->hi[f] = first || x > v->hi[f] ? x : v->hi[f];
	v->prev[f] = x;
}

/* A value s[0..n) of column f, whose kind is none, in a calendar relrec reads only when told
 * (date_era_of; t53 F12: JD Edwards' 124010 made the file "lack" a date): counted when it is
 * the column's first value's calendar and no day past a year from now, as value_kind counts
 * a date number (an id of 6 digits reads as 1YYDDD too). */
static void era_add(sniff_values *v, int f, const char *s, size_t n)
{
	char fmt[DATEFMT_MAX], num[16];
	int era = date_era_of(s, n, fmt, sizeof fmt);
	datefmt df;
	int32_t minute;
	time_t now = time(NULL);
	if (v->filled[f] == 1)
		v->era[f] = (signed char)era;
	if (!era || era != v->era[f] || datefmt_compile(&df, fmt) != 0 ||
	    datefmt_parse(&df, s, n, &minute) != 0 || now == (time_t)-1 ||
	    (double)minute > (double)now / 60 + 366.0 * 24 * 60)
		return;
	snprintf(num, sizeof num, "%.*s", (int)(n < 15 ? n : 15), s);
	double x = strtod(num, NULL);
	if (v->era_same[f]++ && x != v->era_prev[f]) {
		v->era_changes[f]++;
		v->era_next[f] += x == v->era_prev[f] + 1;
	}
	v->era_prev[f] = x;
}

/* Are column f's values, on the lines read, dates of one such calendar: each of them, five
 * or more, and not a run of ids (each change one more, as an order number's; a day's dates
 * skip a day somewhere)? Its calendar (DATE_ERA_JDE...), or 0. */
static int era_dates(const sniff_values *v, int f)
{
	if (!v || f >= MAX_COLS || !v->era[f] || v->era_same[f] != v->filled[f] ||
	    v->filled[f] < 5 || 2 * v->filled[f] < v->rows || !v->era_changes[f] ||
	    (v->era[f] == DATE_ERA_JDE && v->era_next[f] == v->era_changes[f]))
		return 0;
	return v->era[f];
}

/* Does value s[0..n) pack an order's items as "key:value" parts between '|' or ',': a key of
 * an item's (sku, Product ID) among them, and one of a quantity's or three such parts or
 * more (WooCommerce's line_item_1 "name:...|product_id:9133|sku:82484|quantity:3", whose
 * quantity the sniffer's cut of a long field may leave out; BigCommerce's Product Details
 * "Product ID: 8706, Product Qty: 3")? Read as the sniffer has it, past the cut of the first
 * value kept for messages (t64 L4: WooCommerce's was cut before its sku). */
static int packed_value(const char *s, size_t n)
{
	int item = 0, qty = 0, parts = 0;
	for (size_t i = 0; i < n && !(item && qty);) {
		size_t j = i;
		while (j < n && s[j] != '|' && s[j] != ',')
			j++;
		const char *colon = memchr(s + i, ':', j - i);
		if (colon && colon > s + i) {
			char key[NORM_MAX];
			normalize_n(s + i, (size_t)(colon - s - i), key);
			parts++;
			item |= key[0] != '\x01' && text_holds_role_word(key, RR_COL_ITEM);
			qty |= key[0] != '\x01' && holds_role_name(key, RR_COL_QTY);
		}
		i = j + 1;
	}
	return item && (qty || parts >= 3);
}

/* What the tools that join exports write where a part has no such column, beside the null
 * words of any column (ingest_null_values): R's NA, pandas' NaN (its na_rep), Python's None.
 * No value only where columns are compared for it: an item may be coded NA elsewhere. */
static const char *const join_missing[] = {"na", "nan", "none", NULL};

int sniff_missing(const char *s, size_t n)
{
	while (n && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (!n)
		return 1;
	if (n > 12 || !strchr("\\(nN-", s[0]))   /* most values at once: this runs per row */
		return 0;
	return sniff_name_index(s, n, ingest_null_values) >= 0 ||
	       sniff_name_index(s, n, join_missing) >= 0;
}

void sniff_values_add(sniff_values *v, const char *buf, const size_t *off, const size_t *len,
		      int n, const struct datefmt *fmt)
{
	unsigned r = v->rows++;
	for (int f = 0; f < MAX_COLS && (f < n || (r > 0 && r < 64)); f++) {
		const char *s = f < n ? buf + off[f] : "";
		size_t sl = f < n ? len[f] : 0;
		unsigned h = text_hash(s, sl);
		if (r > 0 && r < 64 && sl && h != v->last[f])
			v->changed[f] |= (uint64_t)1 << r;
		v->last[f] = h;
		int none = !sl || sniff_missing(s, sl);   /* NA, where a join had no value */
		if (r < SNIFF_LINES)
			v->line[r][f] = !none ? h | 1 : 0;
		if (!sl)
			continue;
		int k = value_kind(s, len[f], fmt, v->cal);
		v->dated[f] += k == VK_DATE;
		v->missing[f] += none;
		if (!v->filled[f]++) {
			v->kind[f] = (signed char)k;
			sniff_printable(v->first[f], sizeof v->first[f], s, len[f], SNIFF_VALUE_MAX - 8);
			v->packed[f] = memchr(s, ':', len[f]) && packed_value(s, len[f]);
		}
		v->same[f] += k >= 0 && k == v->kind[f];
		count_distinct(v, f, s, len[f]);
		if (k == VK_DATE_NUMBER)
			date_number_add(v, f, s, len[f]);
		if (k < 0)
			era_add(v, f, s, len[f]);
	}
}

#define SCAN_FIELD 64   /* bytes of a field kept by sniff_values_scan: enough for its kind */
void sniff_values_scan(sniff_values *v, const char *text, size_t n, char sep, int max_rows,
		       const struct datefmt *fmt)
{
	char *buf = malloc((size_t)MAX_COLS * SCAN_FIELD);
	size_t off[MAX_COLS], len[MAX_COLS];
	if (!buf)
		return;   /* the values are a help: without them the names decide, as before */
	size_t at = 0;
	for (int rec = 0; at < n && (int)v->rows < max_rows; rec++) {
		/* the record's end: a line end outside quotes; an unended last one may be cut */
		size_t end = at;
		int quoted = 0;
		while (end < n && (quoted || (text[end] != '\n' && text[end] != '\r')))
			quoted ^= text[end++] == '"';
		if (end == n)
			break;
		size_t i = 0, rl = end - at;
		int nf = 0, cut;
		while (rec > 0 && rl && nf < MAX_COLS &&
		       next_field(text + at, rl, sep, &i, buf + (size_t)nf * SCAN_FIELD, SCAN_FIELD,
				  &cut)) {
			const char *f = buf + (size_t)nf * SCAN_FIELD;
			size_t b = strspn(f, " \t"), e = strlen(f);
			while (e > b && (f[e - 1] == ' ' || f[e - 1] == '\t'))
				e--;
			off[nf] = (size_t)nf * SCAN_FIELD + b;
			len[nf++] = e - b;
		}
		if (nf)
			sniff_values_add(v, buf, off, len, nf, fmt);
		at = end + 1 + (text[end] == '\r' && end + 1 < n && text[end + 1] == '\n');
	}
	free(buf);
}

/* The kind of every value of column f (sniff_values), or -1. Filled on half the lines, or
 * on one in five with five values at least: an export writing an order's fields on its
 * first line only (Shopify) leaves its date and e-mail blank on the order's other lines
 * (t33: Erstellt am, filled on 21 lines of 50, was said to hold no date); one value in a
 * few lines says too little. */
static int seen_kind(const sniff_values *v, int f)
{
	if (!v || f >= MAX_COLS || v->kind[f] < 0 || v->same[f] != v->filled[f] ||
	    (2 * v->filled[f] < v->rows && (v->filled[f] < 5 || nearly_empty(v, f))))
		return -1;
	return v->kind[f];
}

/* Does another column of h have column f's name, as a map compares names (map_column_named)?
 * A map naming it is refused then (t53 F6: two Name columns, --map user=Name proposed). */
static int name_twice(const header *h, int f)
{
	for (int k = 0; k < h->n; k++)
		if (k != f && (strcmp(h->name[k], h->name[f]) == 0 ||
			       (h->norm[f][0] && strcmp(h->norm[k], h->norm[f]) == 0)))
			return 1;
	return 0;
}

/* Column f as a map's COL: its name when a map reads it back plainly, else its number. */
static void map_col_text(const header *h, int f, char *buf, size_t size)
{
	const char *s = h->name[f];
	if (s[0] && !s[strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")] &&
	    !name_twice(h, f))
		snprintf(buf, size, "%s", s);
	else
		snprintf(buf, size, "%d", f + 1);
}

/* Could column f's date numbers (VK_DATE_NUMBER) be dates? YYYYMMDD's 8 digits are days;
 * Unix times are not when, over five lines or more, they stay within a minute or each is the
 * line above's or one more, as an order number's is (t53 F13: Infor M3's OAORNO 1000001000
 * was offered as the date, every order of 2001-09-09 in one minute, over OAORDT's
 * 20240110). */
static int date_number_plausible(const sniff_values *v, int f)
{
	size_t digits = strspn(v->first[f], "0123456789");
	if (digits == 8 || v->filled[f] < 5)
		return 1;
	double unit = digits >= 19 ? 1e9 : digits >= 16 ? 1e6 : digits >= 13 ? 1e3 : 1;
	return v->hi[f] - v->lo[f] >= 60 * unit && 10 * v->counting[f] < 9 * (v->filled[f] - 1);
}

/* Column f as a map's COL, a name with blanks in quotes: its number when the map parser
 * cannot take the name back (another column's too, a comma, a quote, a control byte, a
 * bidi or an invisible character: textesc.h's escapes). */
/* A name a map reads as something else however it is quoted (the shell takes the quotes off
 * before relrec sees them): "-" is no column (item=-), digits a column's place. */
static int map_name_unsaid(const char *s)
{
	return strcmp(s, "-") == 0 || !s[strspn(s, "0123456789")];
}

static void map_col_quoted(const header *h, int f, char *buf, size_t size)
{
	const char *s = h->name[f];
	/* a control byte, and a bidi or an invisible character (t76 F19: U+202E), which a hint
	 * shows escaped, neither a shell nor the prompt reading the escape back */
	int odd = !s[0] || strlen(s) + 3 > size || name_twice(h, f) || strpbrk(s, ",'\"") != NULL ||
		  map_name_unsaid(s) || textesc_needed(s, TEXTESC_INVISIBLE);
	if (odd)
		snprintf(buf, size, "%d", f + 1);
	else if (!s[strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")])
		snprintf(buf, size, "%s", s);
	else
		snprintf(buf, size, "'%s'", s);
}

/* Column f of the n names as a hint's --map COL (map_col_quoted): its name, in quotes when it
 * has blanks, or its number when a map cannot take the name back (t62 F12 F13: a name cut
 * with "...", or holding a quote or a comma, was pasted into the command). */
void sniff_map_col(const char *const *name, int n, int f, char *buf, size_t size)
{
	header h;
	int cols[RR_COL_N], taken[MAX_COLS];
	if (f < 0 || f >= n || n > MAX_COLS) {
		snprintf(buf, size, "%d", f + 1);
		return;
	}
	header_init(&h, name, n, "", ',', cols, taken);
	map_col_quoted(&h, f, buf, size);
	int exact = 0;   /* a map finds a name no other column has byte for byte (its pass 0) */
	for (int k = 0; k < n; k++)
		exact += strcmp(name[k], name[f]) == 0;
	if (exact == 1 && !map_name_unsaid(name[f]) && (strcmp(buf, name[f]) == 0 ||
	    (buf[0] != '\'' && name[f][0] &&
	    !strpbrk(name[f], ",'\"") && strlen(name[f]) + 3 <= size &&
	    !name[f][strspn(name[f], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.- ()")])))
		snprintf(buf, size, "'%s'", name[f]);   /* as the hints wrote it before */
}

static int holds_word(const char *norm, const char *const *words);

/* Words of a date's name that make it a payment's, due or made, never the sale's (t64 F14:
 * the date hint offered Data scadenza, Termin p\xC5\x82atno\xC5\x9Bci, Due and Paid at over
 * the document's date beside it): compared, as normalize has them. */
static const char *const due_date_words[] = {"due", "paid", "payment", "f\xC3\xA4llig",
					     "faellig", "zahlung", "\xC3\xA9" "ch\xC3\xA9" "ance",
					     "echeance", "paiement", "vencimiento", "pago",
					     "scadenza", "pagamento", "termin", "p\xC5\x82" "atno",
					     "platno", "vervaldatum", "betaal", "forfald", "f\xC3\xB6rfall",
					     "forfall", "er\xC3\xA4p\xC3\xA4iv\xC3\xA4",
					     "\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82",
					     NULL};

/* Words of a date's name that make it the goods' journey after the sale, shipped or
 * delivered, never the sale's (t72 F18: Ship Date, first, was offered over Date Placed):
 * compared, as normalize has them, as parts of a name (shipped, Lieferdatum). */
static const char *const ship_date_words[] = {"ship", "deliver", "dispatch", "fulfil",
					      "versand", "liefer", "envio", "env\xC3\xAD" "o",
					      "entrega", "livraison", "exp\xC3\xA9" "di", "expedi",
					      "spedi", "consegn", "verzend", "lever", NULL};

/* The first unused column whose values are of kind k, or -1; *more: are there others? Of
 * dates, an order's by its name (order_dates: Date Placed) first, as the reading takes it
 * over a bare Date; a payment's (due_date_words) or the goods' journey's (ship_date_words)
 * only when no other column holds them. */
static int unused_of_kind(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			  int k, int *more)
{
	int first = -1, due = -1, order = -1;
	*more = 0;
	for (int f = 0; f < h->n; f++)
		if (field_role(col, f) < 0 && seen_kind(seen, f) == k &&
		    (k != VK_DATE_NUMBER || date_number_plausible(seen, f))) {
			int dated = k == VK_DATE || k == VK_DATE_NUMBER;
			*more |= first >= 0 || due >= 0 || order >= 0;
			if (dated && sniff_name_index(h->norm[f], strlen(h->norm[f]), order_dates) >= 0)
				order = order >= 0 ? order : f;
			else if (dated && (holds_word(h->norm[f], due_date_words) ||
					   holds_word(h->norm[f], ship_date_words)))
				due = due >= 0 ? due : f;
			else
				first = first >= 0 ? first : f;
		}
	return order >= 0 ? order : first >= 0 ? first : due;
}

/* Names of columns whose 5-digit numbers are no customer's: a postcode, a store, a till
 * (t32: PLZ and store_nbr beside a Unix-time column were offered as the customer). */
static const char *const not_customer_words[] = {"zip", "plz", "postleitzahl", "postcode",
						 "postal", "store", "shop", "branch", "filiale",
						 "outlet", "location", "warehouse", "lager", "register",
						 "kasse", "terminal", "till", "employee", "cashier",
						 "region", "district", NULL};

/* Does the compared name norm hold a word of not_customer_words (a place's, a till's)? */
static int not_customer_name(const char *norm)
{
	return holds_word(norm, not_customer_words);
}

/* No date column: the first unused one whose values are dates of a calendar relrec reads
 * when told (era_dates), said with the --map and the --date-format that read it (t53 F12:
 * JD Edwards' SDTRDJ 124010 was offered as the customer or the item). Appended to buf. */
static void era_role(const header *h, const int col[RR_COL_N], const sniff_values *seen,
		     int found[RR_COL_N], char *buf, size_t size)
{
	int f = 0, era = 0;
	if (col[RR_COL_DATE] >= 0 || found[RR_COL_DATE])
		return;
	while (f < h->n && (field_role(col, f) >= 0 || !(era = era_dates(seen, f))))
		f++;
	if (!era)
		return;
	char shown[48], map[48], fmt[DATEFMT_MAX];
	size_t o = strlen(buf);
	found[RR_COL_DATE] = 1;
	map_col_text(h, f, map, sizeof map);
	date_era_of(seen->first[f], strlen(seen->first[f]), fmt, sizeof fmt);
	snprintf(buf + o, size - o, "; '%s' holds %s ('%s'): if they are the dates, --map date=%s "
		 "--date-format '%s' reads it", shown_name(h->name, f, shown, sizeof shown),
		 date_era_name(era), seen->first[f], map, fmt);
}

/* For each missing required role, the first unused column whose values are that role's
 * (seen_kind): said with the map that reads it, into buf, and marked in found[]. */
static void value_roles(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			int found[RR_COL_N], char *buf, size_t size)
{
	static const struct {
		int kind, role;
		const char *holds, *then;
	} tell[] = {
		{VK_DATE, RR_COL_DATE, "a date on every line read", ", likely the date:"},
		{VK_DATE_NUMBER, RR_COL_DATE, "numbers that read as dates", ": if they are,"},
		/* after Unix times: 5-digit numbers may be accounts as well as Excel's days */
		{VK_DATE_SERIAL, RR_COL_DATE, "numbers that read as Excel's serial days",
		 ": if they are dates,"},
		{VK_EMAIL, RR_COL_USER, "an email address on every line read",
		 ", likely the customer:"},
		{VK_DATE_SERIAL, RR_COL_USER, "whole numbers of five digits, as account numbers are",
		 ": if they are the customers',"},
	};
	buf[0] = '\0';
	for (int c = 0; c < RR_COL_N; c++)
		found[c] = 0;
	for (size_t t = 0; t < sizeof tell / sizeof *tell; t++) {
		int c = tell[t].role, more, f;
		if (col[c] >= 0 || found[c] || (f = unused_of_kind(h, col, seen, tell[t].kind,
								   &more)) < 0)
			continue;
		if (tell[t].kind == VK_DATE_SERIAL && c == RR_COL_USER &&
		    holds_word(h->norm[f], not_customer_words))
			continue;
		char shown[48], map[48];
		size_t o = strlen(buf);
		found[c] = 1;
		map_col_text(h, f, map, sizeof map);
		snprintf(buf + o, size - o, "; '%s' holds %s ('%s'%s)%s --map %s=%s reads it",
			 shown_name(h->name, f, shown, sizeof shown), tell[t].holds, seen->first[f],
			 more ? ", as do other columns" : "", tell[t].then,
			 ingest_col_name((enum rr_col)c), map);
		/* the time column it is then joined with (t63 F14: SAP's Time, 181700) */
		o = strlen(buf);
		if (c == RR_COL_DATE && col[RR_COL_TIME] >= 0 && col[RR_COL_TIME] < h->n)
			snprintf(buf + o, size - o, ", each date's time of day from '%s'",
				 shown_name(h->name, col[RR_COL_TIME], shown, sizeof shown));
	}
	era_role(h, col, seen, found, buf, size);
}

/* The first unused column filled on the lines read whose first value packs an order's
 * items in one field, "key: value" parts naming an item and a quantity (BigCommerce's
 * Product Details: "Product ID: 103, Product Qty: 2, Product SKU: ... | Product ID: ..."),
 * or -1. No map reads such a column: one row per order holds many items. */
static int packed_items(const header *h, const int col[RR_COL_N], const sniff_values *seen)
{
	for (int f = 0; seen && f < h->n && f < MAX_COLS; f++) {
		char norm[NORM_MAX];
		int parts;
		if (field_role(col, f) >= 0 || !filled(seen, f))
			continue;
		/* or a list of counted parts, as a basket's text is (Shopware 6's lineItems:
		 * "1x SW11004|2x SW11029"; t35 F5) */
		if (ingest_basket_value(seen->first[f], strlen(seen->first[f]), &parts) && parts > 1)
			return f;
		if (seen->packed[f])
			return f;
		if (!strchr(seen->first[f], ':'))
			continue;
		normalize(seen->first[f], norm);
		if (text_holds_role_word(norm, RR_COL_ITEM) && holds_role_name(norm, RR_COL_QTY))
			return f;
	}
	return -1;
}

/* Could column f's values be a customer's or an item's, whatever its name (a header in a
 * language relrec does not know: 1C's Код контрагента, Sage's A/C, Rakuten's 商品ID)? 2 for
 * codes (C0015, ACC0002, tea-1001: a letter and a digit, no blank), 1 for numbers as long as
 * an id is written (00000000009, 30000148), which a till's check and line ids are too (t35:
 * Toast's Check Id), on more than a flag's values; 0 for counts, amounts, dates. */
static int code_like_filled(const sniff_values *v, int f);

static int code_like(const sniff_values *v, int f)
{
	return filled(v, f) ? code_like_filled(v, f) : 0;
}

/* code_like judged on the values the column holds, however few of the lines read they fill
 * (a loyalty member's column, blank for walk-ins). */
static int code_like_filled(const sniff_values *v, int f)
{
	if (few_values(v, f) || v->kind[f] >= 0)
		return 0;
	const char *s = v->first[f];
	size_t n = strlen(s), digits = 0, letters = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		if (c >= '0' && c <= '9')
			digits++;
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			letters++;
		else if (!strchr("-_/.*", c))   /* '*': an id masked as Naver writes c0042**** */
			return 0;
	}
	if (!digits || n < 3)
		return 0;
	if (letters)
		return 2;
	/* digits alone, or joined by a dash or a slash after a leading zero (1C's Артикул
	 * 00-00000006); a dot makes a number of another kind (0.50); a leading zero of three
	 * digits at least is a code's, not a count's (t39 #13: Naver's 상품번호 001) */
	if (strchr(s, '.') || strchr(s, '*') || (digits != n && s[0] != '0'))
		return 0;
	return n >= 6 || (s[0] == '0' && n >= 3);
}

/* Could column f's values be dates written in a form relrec does not read (2024年01月02日,
 * 15 марта 2024 г.)? A year alone among its digits' groups, with another group beside it. */
static int year_like(const sniff_values *v, int f)
{
	if (!filled(v, f) || v->kind[f] >= 0)
		return 0;
	const char *s = v->first[f];
	int groups = 0, year = 0;
	for (size_t k = 0; s[k];) {
		size_t d = strspn(s + k, "0123456789");
		if (!d) {
			k++;
			continue;
		}
		groups++;
		year |= d == 4 && (!strncmp(s + k, "19", 2) || !strncmp(s + k, "20", 2));
		k += d;
	}
	return year && groups >= 2;
}

/* The lines of v whose values' hashes are kept (sniff_values' line). */
static unsigned kept_lines(const sniff_values *v)
{
	return v->rows < SNIFF_LINES ? v->rows : SNIFF_LINES;
}

/* How column f's values run on the lines kept, its empty lines skipped: *runs, the stretches
 * of one value; *back, those whose value an earlier stretch had (a customer who buys again);
 * *distinct, its values. */
static void value_runs(const sniff_values *v, int f, unsigned *runs, unsigned *back,
		       unsigned *distinct)
{
	unsigned n = kept_lines(v), prev = 0;
	*runs = *back = *distinct = 0;
	for (unsigned i = 0; i < n; i++) {
		unsigned h = v->line[i][f], j = 0;
		if (!h || h == prev)
			continue;
		while (j < i && v->line[j][f] != h)
			j++;
		*back += j < i;
		*distinct += j == i;
		(*runs)++;
		prev = h;
	}
}

/* On how many of the lines kept does column f change while g, filled there and on the line
 * before, does not: f's values are finer than g's (a line's beside its order's)? */
static unsigned changes_within(const sniff_values *v, int f, int g)
{
	unsigned n = kept_lines(v), k = 0;
	for (unsigned i = 1; i < n; i++) {
		unsigned a = v->line[i][f], pa = v->line[i - 1][f];
		unsigned b = v->line[i][g], pb = v->line[i - 1][g];
		k += a && pa && a != pa && b && b == pb;
	}
	return k;
}

/* Does column f's value, on the lines kept, fix column g's: g the same on every two lines
 * where f is (both filled), twice at least, while g takes other values elsewhere? */
static int fixes_value(const sniff_values *v, int f, int g)
{
	unsigned n = kept_lines(v), agree = 0, other = 0;
	if (f < 0 || g < 0 || f >= MAX_COLS || g >= MAX_COLS || f == g)
		return 0;
	for (unsigned i = 0; i < n; i++)
		for (unsigned j = i + 1; j < n && v->line[i][f] && v->line[i][g]; j++) {
			if (!v->line[j][g])
				continue;
			if (v->line[j][f] != v->line[i][f]) {
				other |= v->line[j][g] != v->line[i][g];
				continue;
			}
			if (v->line[j][g] != v->line[i][g])
				return 0;
			agree++;
		}
	return agree >= 2 && other;
}

/* Is column f an item's field by its values on the lines kept: each of its values comes with
 * one item, or one unit price, wherever it comes back (fixes_value)? A product's name or an
 * app's id is so; a customer buys other items at other prices (t56 F9: HKTVmall's product
 * name, F20: App Store Connect's Apple Identifier were offered as the customer). */
static int item_field(const sniff_values *v, const int col[RR_COL_N], int f)
{
	return v && (fixes_value(v, f, col[RR_COL_ITEM]) || fixes_value(v, f, col[RR_COL_PRICE]));
}

static int maybe_customer_rank(const char *name);

/* Does column g, of no role, name buyers by its values on the lines kept: filled, three
 * values at least, one of which comes back after another's (a customer buying again), no
 * date, and a code, an e-mail or a name of a customer's or an account's (Party 106, sub_100,
 * P102)? */
static int buyer_column(const header *h, const int col[RR_COL_N], const sniff_values *v, int g)
{
	unsigned runs, back, distinct;
	if (g >= MAX_COLS || field_role(col, g) >= 0 || !filled(v, g) || few_values(v, g) ||
	    v->dated[g] || (seen_kind(v, g) >= 0 && seen_kind(v, g) != VK_EMAIL))
		return 0;
	value_runs(v, g, &runs, &back, &distinct);
	return back && distinct >= 3 &&
	       (code_like(v, g) == 2 || seen_kind(v, g) == VK_EMAIL ||
		holds_role_word(h, g, RR_COL_USER) || maybe_customer_rank(h->name[g]));
}

/* Is column f, by its values on the lines kept, an order's key, no customer's (t49 F05: a
 * Busy register's Vch No. was offered as the customer): four values at least, none coming
 * back, and either one per invoice (changing where the invoice does, and only there) or
 * finer than a column that names buyers (buyer_column) and changes on half its changes at
 * least (the order's buyer)? */
static int order_key(const header *h, const int col[RR_COL_N], const sniff_values *v, int f)
{
	unsigned runs, back, distinct, inv = (unsigned)col[RR_COL_INVOICE];
	if (!v || f >= MAX_COLS || kept_lines(v) < 8)
		return 0;
	value_runs(v, f, &runs, &back, &distinct);
	if (back || distinct < 4)
		return 0;
	if (inv < MAX_COLS && (int)inv != f && filled(v, (int)inv) &&
	    !changes_within(v, f, (int)inv) && !changes_within(v, (int)inv, f))
		return 1;
	for (int g = 0; g < h->n && g < MAX_COLS; g++) {
		unsigned gr, gb, gd;
		if (g == f || changes_within(v, g, f) || !buyer_column(h, col, v, g))
			continue;
		value_runs(v, g, &gr, &gb, &gd);
		if (2 * gr >= runs)
			return 1;
	}
	return 0;
}

/* Is column f, by its values on the lines kept, a line's field, no customer's (t49 F06: a
 * plan's name, a long-format file's value were offered as the customer): dates among other
 * values (a value column of several fields), or changing inside an invoice's lines, or
 * inside a buyer column's stretches far more often than that column does inside its own? */
static int line_field(const header *h, const int col[RR_COL_N], const sniff_values *v, int f)
{
	unsigned inv = (unsigned)col[RR_COL_INVOICE];
	if (!v || f >= MAX_COLS || kept_lines(v) < 8)
		return 0;
	if (v->dated[f] && v->dated[f] * 8 >= v->filled[f] && v->dated[f] < v->filled[f])
		return 1;
	if (inv < MAX_COLS && (int)inv != f && filled(v, (int)inv))
		return changes_within(v, f, (int)inv) >= 2;
	for (int g = 0; g < h->n && g < MAX_COLS; g++) {
		unsigned in = g != f ? changes_within(v, f, g) : 0;
		if (in >= 2 && in > 2 * changes_within(v, g, f) && buyer_column(h, col, v, g))
			return 1;
	}
	return 0;
}

/* Could column f be the customer by its values, as an order's key or a line's field cannot? */
static int no_buyer(const header *h, const int col[RR_COL_N], const sniff_values *v, int f)
{
	return order_key(h, col, v, f) || line_field(h, col, v, f);
}

/* Is column f, by its values on the lines kept, an item's short code: letters and digits, a
 * digit among them, two bytes at least (A1, which code_like takes for too short to be an id),
 * each coming with one unit price wherever it comes back (item_field)? */
static int short_item_code(const int col[RR_COL_N], const sniff_values *v, int f)
{
	if (!filled(v, f) || few_values(v, f) || v->kind[f] >= 0)
		return 0;
	const char *s = v->first[f];
	size_t n = strlen(s), digits = 0, letters = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		digits += c >= '0' && c <= '9';
		letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	}
	return n >= 2 && digits && letters && digits + letters == n &&
	       fixes_value(v, f, col[RR_COL_PRICE]);
}

/* Names of a line's position in its document (SAP's POSNR, Infor M3's OBPONR, JD Edwards'
 * LNID, a Line No., 行番号): it numbers an order's lines, never units, money, orders or
 * items (ingest.c's hints; t67 F18: S/4HANA's Position 000010 was offered as the item). */
const char *const sniff_line_positions[] = {"posnr", "pos", "pos_no", "pos_nr",
	"position", "position_no", "positionsnummer", "line", "line_no", "line_nr", "line_num",
	"line_number", "lineno", "line_nbr", "zeile", "zeilennummer", "ligne", "numero_ligne",
	"obponr", "sdlnid", "lnid", "\xE8\xA1\x8C\xE7\x95\xAA\xE5\x8F\xB7",
	"\xE8\xA1\x8C\xE5\x8F\xB7", "\xE6\x98\x8E\xE7\xB4\xB0\xE7\x95\xAA\xE5\x8F\xB7", NULL};

/* Is column f named as a buyer's tax id, phone or card (user_codes' t77 F2 names, or a tax
 * id's name: NIF, NIP nabywcy)? Its digits are a customer's, never an item's (t77 F17:
 * Moloni's NIF was offered first as the item). */
static int buyer_id_name(const header *h, int f)
{
	return sniff_tax_id_named(h->name[f]) || code_named(RR_COL_USER, h->norm[f],
							       strlen(h->norm[f]));
}

/* Could unused column f hold role c by its values (code_like, year_like)? */
static int value_candidate(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			   int f, int c)
{
	if (!seen || f >= MAX_COLS || field_role(col, f) >= 0)
		return 0;
	if (c == RR_COL_DATE)
		return year_like(seen, f);
	if (era_dates(seen, f))   /* dates of a calendar relrec reads when told: era_role's */
		return 0;
	/* a number is offered as the item only: a product's id, where the customer's would as
	 * often be an order's or a line's; a code whose name is an item's is no customer's, nor
	 * one whose name is a customer's an item's (t46 F12: Coupang's seller product code was
	 * offered as the customer) */
	if (c == RR_COL_USER)
		return code_like(seen, f) == 2 && !holds_word(h->norm[f], not_customer_words) &&
		       !holds_role_word(h, f, RR_COL_ITEM) && !holds_role_word(h, f, RR_COL_INVOICE) &&
		       !no_buyer(h, col, seen, f);
	if (c != RR_COL_ITEM)
		return code_like(seen, f) > 0;
	/* an order's document number, one value per order, is no item (t59 F15: Kingdee's
	 * 单据编号 XSCK000000 was offered as one); a short code (A1) that comes with one unit
	 * price wherever it comes back is (物料编码, Menu Item Number, Protheus' D2_COD) */
	return (code_like(seen, f) > 0 || short_item_code(col, seen, f)) &&
	       !holds_role_word(h, f, RR_COL_USER) && !order_key(h, col, seen, f) &&
	       sniff_name_index(h->name[f], strlen(h->name[f]), sniff_line_positions) < 0 &&
	       !buyer_id_name(h, f);
}

/* The columns that could hold the missing roles in want[] by their values, at most three,
 * said with the map that names them, into buf ("" when none could); *any[c]: role c has one.
 * want[c] 2: only a column whose name holds a word of role c's names (holds_role_word). */
static void candidate_roles(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			    const int want[RR_COL_N], int any[RR_COL_N], char *buf, size_t size)
{
	char cols[240] = "", maps[64] = "";
	int n = 0, date = 0;
	buf[0] = '\0';
	for (int c = 0; c < RR_COL_N; c++)
		any[c] = 0;
	for (int f = 0; f < h->n && n < 3; f++) {
		int hit = 0;
		for (int c = 0; c < RR_COL_N; c++)
			if (want[c] && value_candidate(h, col, seen, f, c) &&
			    (want[c] == 1 || holds_role_word(h, f, c))) {
				any[c] = hit = 1;
				date |= c == RR_COL_DATE;
			}
		if (!hit)
			continue;
		char shown[48];
		snprintf(cols + strlen(cols), sizeof cols - strlen(cols), "%s'%s' (%d, '%s')",
			 n ? ", " : "", shown_name(h->name, f, shown, sizeof shown), f + 1,
			 seen->first[f]);
		n++;
	}
	static const char *const noun[RR_COL_N] = {[RR_COL_USER] = "the customer",
						   [RR_COL_ITEM] = "the item",
						   [RR_COL_DATE] = "the date"};
	char roles[64] = "";
	for (size_t k = 0; k < sizeof required / sizeof *required; k++)
		if (any[required[k]]) {
			int c = required[k];
			snprintf(maps + strlen(maps), sizeof maps - strlen(maps), "%s%s=COL",
				 maps[0] ? "," : "", ingest_col_name((enum rr_col)c));
			snprintf(roles + strlen(roles), sizeof roles - strlen(roles), "%s%s",
				 roles[0] ? " or " : "", noun[c]);
		}
	if (n && snprintf(buf, size, "; by %s values, %s could be %s, though no name relrec knows "
			  "says so (a header in another language?): name %s with --map %s%s",
			  n > 1 ? "their" : "its", cols, roles, n > 1 ? "the right ones" : "it", maps,
			  date ? " (a date in a form relrec does not read with --date-format and "
				 "strftime directives)" : "") >= (int)size)
		buf[size - 1] = '\0';
}

/* Words of names an accounting or ERP export gives its customer's column, too weak for the
 * names table (a product's name, a bank's account, a revenue account are columns too): a bare
 * Name (NetSuite's saved search, QuickBooks), MYOB's Card ID, DATEV's Konto (the debtor's
 * account), an account, a business partner, a contact (t42 F11: each file was told to join
 * the table that holds the customer). */
static const char *const maybe_customer_words[] = {"name", "card", "konto", "account", "partner",
						   "contact", "debtor",
						   /* bexio's Kontakt (t46 F3) */
						   "kontakt",
						   /* a card in German, Dutch, the Nordic languages,
						    * French, Spanish, Portuguese, Polish (t86 F15:
						    * DKV's Kartennummer, a fuel card's) */
						   "karte", "karten", "kaart", "kort", "carte",
						   "tarjeta", "cartao", "karta", NULL};

/* Is word w one of maybe_customer_words, or one and a role-blind word written as one
 * (BMD's Kontonummer, Kontonr, Kontaktname: t46 F3)? */
static int maybe_customer_word(const char *w)
{
	for (const char *const *m = maybe_customer_words; *m; m++) {
		size_t n = strlen(*m);
		if (strncmp(w, *m, n) == 0 &&
		    (!w[n] || sniff_name_index(w + n, strlen(w + n), role_blind_words) >= 0))
			return 1;
	}
	return 0;
}

/* How plainly the name is one of maybe_customer_words (maybe_customer_word), by its words of
 * ASCII letters and digits, any case: 1 the name itself (Name, Konto), 2 its first word (Card
 * ID), 3 its last (Co./Last Name), 3 more when a word is a name's, else 0 (Gegenkonto,
 * Name of Bank Branch). */
static int maybe_customer_rank(const char *name)
{
	char w[4][24];
	int nw = 0, more = 0;
	for (const char *s = name; *s;) {
		size_t k = 0;
		while (*s && !((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') && !(*s >= '0' && *s <= '9'))
			s++;
		if (!*s)
			break;
		if (nw == 4) {
			more = 1;
			break;
		}
		while (((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') || (*s >= '0' && *s <= '9')) {
			if (k + 1 < sizeof w[nw])
				w[nw][k++] = (char)(*s | 0x20);
			s++;
		}
		w[nw++][k] = '\0';
	}
	/* a name after any code, a card's or an account's (t67 F13: Cust Name, Sold-To Party
	 * Name were offered, and namesakes merged, where the id beside them was not) */
	int named = 0;
	for (int k = 0; k < nw; k++)
		named |= strncmp(w[k], "name", 4) == 0;
	if (nw && maybe_customer_word(w[0]))
		return (nw == 1 ? 1 : 2) + 3 * named;
	return nw && !more && maybe_customer_word(w[nw - 1]) ? 3 + 3 * named : 0;
}

/* A loyalty member's column by its bare word, in the languages relrec reads: Member,
 * Mitglied, Membre, Socio, Medlem (compared). */
static const char *const member_words[] = {"member", "mitglied", "membre", "socio", "medlem",
					   "loyalty_member", NULL};

/* named_customer's rank of a column of persons' names (person_named), after every name of
 * maybe_customer_rank's. */
#define PERSON_RANK 7

/* Does column f's name hold a customer's word (Klantnaam, Buyer Full Name, Member) and its
 * first value read on the lines read as a person's name: a letter first, a blank inside, no
 * digit and no '@' (Kees Bakker)? The customer's only column may be that (t72 F24: Bol.com's
 * Klantnaam was refused with no candidate named). */
static int person_named(const header *h, const sniff_values *seen, int f)
{
	if (!seen || !seen->rows || f >= MAX_COLS ||
	    (!holds_role_word(h, f, RR_COL_USER) &&
	     sniff_name_index(h->norm[f], strlen(h->norm[f]), member_words) < 0))
		return 0;
	const char *v = seen->first[f];
	unsigned char c = (unsigned char)v[0];
	if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC0) || !strchr(v, ' '))
		return 0;
	return !strpbrk(v, "0123456789@");
}

/* The unused columns that may be the customer by such a name (maybe_customer_rank), filled
 * on the lines read with more than a flag's values and of no other role's or no customer's
 * word (Item Name, Store Name, Customer Type) nor named by its values already (said), said
 * plainest first with the map that reads the first, into buf; 1 when one is, else 0 with buf "". */
static int named_customer(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			  int said, char *buf, size_t size)
{
	int pick[2] = {-1, -1}, rank[2] = {0, 0}, by_values = -1, by_values_rank = 0;
	buf[0] = '\0';
	for (int f = 0; f < h->n && f < MAX_COLS; f++) {
		int r = maybe_customer_rank(h->name[f]), role = field_role(col, f);
		if (!r && person_named(h, seen, f))
			r = PERSON_RANK;
		if (!r || (role >= 0 && role != RR_COL_DESC) || (seen && seen->rows && (!filled(seen, f) ||
		    few_values(seen, f) || (seen_kind(seen, f) >= 0 &&
		    seen_kind(seen, f) != VK_DATE_SERIAL))) || category_name(h->norm[f]) ||
		    holds_word(h->norm[f], not_customer_words) || holds_role_word(h, f, RR_COL_ITEM) ||
		    holds_role_word(h, f, RR_COL_DATE) || holds_role_word(h, f, RR_COL_INVOICE) ||
		    (seen && (no_buyer(h, col, seen, f) || item_field(seen, col, f))))
			continue;
		if (said && value_candidate(h, col, seen, f, RR_COL_USER)) {
			if (by_values < 0 || r < by_values_rank) {
				by_values = f;
				by_values_rank = r;
			}
			continue;   /* (said: candidate_roles named it by its values) */
		}
		for (int k = 0; k < 2; k++)
			if (pick[k] < 0 || r < rank[k]) {
				if (k == 0) {
					pick[1] = pick[0];
					rank[1] = rank[0];
				}
				pick[k] = f;
				rank[k] = r;
				break;
			}
	}
	/* one named by its values whose name is plainer than the others' (t86 F14: Account:
	 * Account Number, said as "--map user=COL", below Account: Name, namesakes merged) */
	if (by_values >= 0 && (pick[0] < 0 || by_values_rank < rank[0])) {
		pick[1] = pick[0];
		rank[1] = rank[0];
		pick[0] = by_values;
		rank[0] = by_values_rank;
	}
	if (pick[0] < 0)
		return 0;
	char shown[2][48], map[56], first[2][SNIFF_VALUE_MAX];
	for (int k = 0; k < 2; k++) {
		if (pick[k] >= 0)
			shown_name(h->name, pick[k], shown[k], sizeof shown[k]);
		snprintf(first[k], sizeof first[k], "%s", pick[k] >= 0 && seen && seen->rows ?
			 seen->first[pick[k]] : "");
	}
	map_col_quoted(h, pick[0], map, sizeof map);
	/* the other one as the map takes it too: its name, else its number (t53 F6) */
	char other[56] = "";
	if (pick[1] >= 0 && name_twice(h, pick[1]))
		map_col_quoted(h, pick[1], other, sizeof other);
	else if (pick[1] >= 0)
		snprintf(other, sizeof other, "'%s'", shown[1]);
	if (rank[0] == PERSON_RANK) {
		if (snprintf(buf, size, "; '%s' (%d, '%s') holds names, maybe the customers' (a "
			     "name is no id: namesakes are read as one customer): --map user=%s "
			     "reads it", shown[0], pick[0] + 1, first[0], map) >= (int)size)
			buf[size - 1] = '\0';
		return 1;
	}
	if (snprintf(buf, size, "; by its name, '%s' (%d%s%s%s) may be the customer, as accounting "
		     "exports name theirs (a name, a card, an account): --map user=%s reads it%s%s%s",
		     shown[0], pick[0] + 1, first[0][0] ? ", '" : "", first[0],
		     first[0][0] ? "'" : "", map, pick[1] >= 0 ? " (or " : "", other,
		     pick[1] >= 0 ? ")" : "") >= (int)size)
		buf[size - 1] = '\0';
	return 1;
}

/* Is v a tax number as a buyer's is written: groups of digits joined by '.', '-' or '/',
 * nine digits at least (Brazil's CPF 123.456.789-05 and CNPJ 12.345.678/0001-90; t56 F18e:
 * Magalu's CPF do cliente was never offered as the customer)? */
static int tax_number_shape(const char *v)
{
	size_t digits = 0, marks = 0;
	for (const char *c = v; *c; c++) {
		if (*c >= '0' && *c <= '9')
			digits++;
		else if (strchr(".-/", *c) && c > v && c[1] >= '0' && c[1] <= '9' && c[-1] >= '0' &&
			 c[-1] <= '9')
			marks++;
		else
			return 0;
	}
	return digits >= 9 && marks >= 2;
}

/* Could unused column f be the customer by its values, its name unknown (t53 F5: Oracle's
 * SOLD_TO_ORG_ID 1144, SAP's KUNAG 0000000101, Tally's Particulars "Sharma Traders")? Ids of
 * digits (three at least; a tax number's groups, tax_number_shape), or names (letters and a
 * blank, no digit), on every line read, of
 * more than a flag's values, repeated on a line below (an item's and a line's change at each
 * line), under no name of an item's, a description's, an order's, a store's. Its changes on
 * the lines read, or -1; *name: its values are names. */
static int number_customer_changes(const header *h, const int col[RR_COL_N],
				   const sniff_values *seen, int f, int *name)
{
	const char *v = seen->first[f];
	size_t d = strspn(v, "0123456789");
	unsigned lines = (seen->rows < 64 ? seen->rows : 64) - 1;
	int letter = 0;
	for (const char *c = v; *c; c++)
		letter |= ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z') || (unsigned char)*c >= 0x80;
	*name = !d && letter && strchr(v, ' ') && !strpbrk(v, "0123456789@") && strlen(v) <= 60;
	if (f >= MAX_COLS || field_role(col, f) >= 0 || !filled(seen, f) || few_values(seen, f) ||
	    seen->kind[f] >= 0 || (!*name && (d < 3 || v[d]) && !tax_number_shape(v)) ||
	    category_name(h->norm[f]) || category_lead(h->name[f]) ||
	    holds_word(h->norm[f], not_customer_words) || holds_role_word(h, f, RR_COL_ITEM) ||
	    holds_role_word(h, f, RR_COL_DESC) || holds_role_word(h, f, RR_COL_INVOICE) ||
	    item_field(seen, col, f))
		return -1;
	int changes = __builtin_popcountll(seen->changed[f]);
	return lines > 1 && (unsigned)changes < lines ? changes : -1;
}

/* No customer by name nor by codes: the columns number_customer_changes finds, at most three,
 * those that change least first, said into buf with the map that reads one; 1 when one is,
 * else 0 (no "join the table": the customer may be here under a name relrec does not
 * know). */
static int number_customer(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			   char *buf, size_t size)
{
	int pick[3], ch[3], n = 0, names = 0;
	for (int f = 0; seen && seen->rows && f < h->n; f++) {
		int name, c = number_customer_changes(h, col, seen, f, &name), k;
		if (c < 0)
			continue;
		for (k = n < 3 ? n : 3; k > 0 && ch[k - 1] > c; k--)
			if (k < 3) {
				pick[k] = pick[k - 1];
				ch[k] = ch[k - 1];
			}
		if (k < 3) {
			pick[k] = f;
			ch[k] = c;
			n += n < 3;
		}
	}
	if (!n)
		return 0;
	char cols[200] = "", shown[48], map[56];
	for (int k = 0; k < n; k++) {
		int name;
		number_customer_changes(h, col, seen, pick[k], &name);
		names |= name ? 2 : 1;
		snprintf(cols + strlen(cols), sizeof cols - strlen(cols), "%s'%s' (%d, '%s')",
			 k ? ", " : "", shown_name(h->name, pick[k], shown, sizeof shown),
			 pick[k] + 1, seen->first[pick[k]]);
	}
	map_col_quoted(h, pick[0], map, sizeof map);
	if (snprintf(buf, size, "; no column relrec knows by name is the customer; by %s values "
		     "(%s repeated over lines), %s could be: %s%s%s", n > 1 ? "their" : "its",
		     names == 1 ? "ids" : names == 2 ? "names" : "ids or names", cols,
		     n > 1 ? "name the right one with --map user=COL" : "--map user=",
		     n > 1 ? "" : map, n > 1 ? "" : " reads it") >= (int)size)
		buf[size - 1] = '\0';
	return 1;
}

/* No customer by name: an unused column named as phone numbers (sniff_phone_named) whose first
 * value is one (idtwins_phone_key), said into buf with the map that reads it; 1 when one is,
 * else 0 (t85 F18: a till's phone-number loyalty key went unnamed, "join the table"). */
static int phone_customer(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			  char *buf, size_t size)
{
	for (int f = 0; seen && seen->rows && f < h->n && f < MAX_COLS; f++) {
		char key[32], shown[48], map[56];
		if (field_role(col, f) >= 0 || !filled(seen, f) || !sniff_phone_named(h->name[f]) ||
		    !idtwins_phone_key(seen->first[f], strlen(seen->first[f]), key, sizeof key))
			continue;
		map_col_quoted(h, f, map, sizeof map);
		if (snprintf(buf, size, "; '%s' (%d, '%s') holds phone numbers: if they are the "
			     "buyers' key (a till's loyalty number), --map user=%s reads it, each "
			     "number's spellings (+49 171 ..., 0171 ...) one customer",
			     shown_name(h->name, f, shown, sizeof shown), f + 1, seen->first[f],
			     map) >= (int)size)
			buf[size - 1] = '\0';
		return 1;
	}
	return 0;
}

/* A report grouped by item (QuickBooks Desktop's Sales by Item Detail) on the lines read:
 * an unnamed column g written on lines of its own (two at least: the items' section lines,
 * "A1001 · Blue mug") and empty on the two lines in three others, beside an unused column
 * that names the item on every line, one whose stretches of one value, none coming back,
 * are as many as those section lines (Memo; a report grouped by customer has none). Said
 * into buf with the map that reads that column: 1, else 0. relrec fills a group line's
 * customer down, never an item (t49 F10: told to join the table that holds the items). */
static int grouped_by_item(const header *h, const int col[RR_COL_N], const sniff_values *v,
			   char *buf, size_t size)
{
	unsigned n = v ? kept_lines(v) : 0;
	for (int g = 0; g < h->n && g < MAX_COLS && n; g++) {
		unsigned groups = 0, lines = 0;
		if (h->name[g][0] || field_role(col, g) >= 0)
			continue;
		for (unsigned i = 0; i < n; i++) {
			int others = 0;
			for (int f = 0; f < h->n && f < MAX_COLS && !others; f++)
				others = f != g && v->line[i][f];
			groups += v->line[i][g] && !others;
			lines += !v->line[i][g] && others;
		}
		if (groups < 2 || lines < 2 * groups)
			continue;
		int by = -1;
		for (int f = 0; f < h->n && f < MAX_COLS && by < 0; f++) {
			unsigned runs, back, distinct;
			if (f == g || field_role(col, f) >= 0 || !filled(v, f) || few_values(v, f) ||
			    seen_kind(v, f) >= 0)
				continue;
			value_runs(v, f, &runs, &back, &distinct);
			by = !back && runs + 1 >= groups && runs <= groups + 1 ? f : -1;
		}
		char shown[48], map[64];
		if (by < 0)
			continue;   /* a report grouped by customer: no line's column is the group's */
		map_col_text(h, by, map, sizeof map);
		if (snprintf(buf, size, "; the report is grouped by item: '%s' (column %d) stands on a "
			     "line of its own above its item's lines, which relrec does not fill down "
			     "(it does a customer's, in a report grouped by customer); '%s' names the "
			     "item on every line: --map item=%s reads it", v->first[g], g + 1,
			     shown_name(h->name, by, shown, sizeof shown), map) >= (int)size)
			buf[size - 1] = '\0';
		return 1;
	}
	return 0;
}

/* Names of what an event's ticket export sold, too weak for the names table (a venue's own
 * Event column may be an event log's kind of row, a Ticket Type a support desk's): the event
 * and its ticket's kind (t86 F15: Eventbrite's Event Name and Ticket Type, and the file was
 * told to join the table that holds the items). */
static const char *const event_item_names[] = {"event_name", "event_title", "ticket_type",
	"ticket_name", "ticket_class", "ticket_tier", "ticket_category", "veranstaltung",
	"veranstaltungsname", "ticketart", "tickettyp", "ticketkategorie", NULL};

/* The unused columns filled on the lines read whose names are an event's or a ticket's
 * (event_item_names), said, the first in the table first, with the map that reads it into
 * buf, else one of a description (described_column: t86 F14, a hotel folio's TRX_DESC beside
 * its TRX_CODE was told to join the table that holds the items): 1 when one is, else 0. */
/* Is the last word of column f's name a description's own name (TRX_DESC, Charge
 * Description), its values words (Room Charge)? A name of what was sold, when no code is. */
static int described_column(const header *h, const sniff_values *seen, int f)
{
	const char *s = h->name[f], *w = s;
	for (const char *c = s; *c; c++)
		if (strchr(" _-:/.", *c) && c[1])
			w = c + 1;
	char norm[NORM_MAX];
	int lv = -1;
	normalize(w, norm);
	unsigned char v = (unsigned char)seen->first[f][0];
	return alias_exact(norm, &lv) == RR_COL_DESC && lv == 0 &&
	       (((v | 0x20) >= 'a' && (v | 0x20) <= 'z') || v >= 0xC0);
}

#define DESCRIBED_RANK 100   /* named_item's rank of a described_column, after the others */

static int named_item(const header *h, const int col[RR_COL_N], const sniff_values *seen,
		      char *buf, size_t size)
{
	int pick[2] = {-1, -1}, rank[2] = {0, 0};
	for (int f = 0; seen && seen->rows && f < h->n && f < MAX_COLS; f++) {
		int r = sniff_name_index(h->name[f], strlen(h->name[f]), event_item_names);
		int role = field_role(col, f);
		if (r < 0 && role < 0 && filled(seen, f) && described_column(h, seen, f))
			r = DESCRIBED_RANK;
		/* an event log's event_name is the kind of its row (purchase, page_view): taken
		 * for it, a column of titles (Jazz Night at The Blue Room) is an event's */
		if (role == RR_COL_EVENT && !strchr(seen->first[f], ' '))
			continue;
		if (r < 0 || (role >= 0 && role != RR_COL_EVENT) || !filled(seen, f) ||
		    seen_kind(seen, f) >= 0)
			continue;   /* (a few values are a few events: no flag's test) */
		for (int k = 0; k < 2; k++)
			if (pick[k] < 0 || r < rank[k]) {
				if (k == 0) {
					pick[1] = pick[0];
					rank[1] = rank[0];
				}
				pick[k] = f;
				rank[k] = r;
				break;
			}
	}
	if (pick[0] < 0)
		return 0;
	char shown[2][48], map[2][56];
	for (int k = 0; k < 2; k++)
		if (pick[k] >= 0) {
			shown_name(h->name, pick[k], shown[k], sizeof shown[k]);
			map_col_quoted(h, pick[k], map[k], sizeof map[k]);
		}
	if (rank[0] == DESCRIBED_RANK)
		pick[1] = -1;
	if (snprintf(buf, size, "; by its name, '%s' (%d, '%s') may be the item, %s: --map item=%s "
		     "reads it%s%s%s", shown[0], pick[0] + 1, seen->first[pick[0]],
		     rank[0] == DESCRIBED_RANK ? "a description of what was sold (the items told "
		     "apart by their names)" : "what an event's tickets sold", map[0],
		     pick[1] >= 0 ? " (or item=" : "", pick[1] >= 0 ? map[1] : "",
		     pick[1] >= 0 ? ", its kinds apart)" : "") >= (int)size)
		buf[size - 1] = '\0';
	return 1;
}

/* The year of a date in another calendar that s writes as three groups of digits (any
 * digits rows_plain_id reads) joined by '/', '-' or '.', the year first or last: Solar
 * Hijri's 1402/10/14 (Iran, Afghanistan), the Islamic calendar's 1445-06-20. 0 when it is
 * none: no Gregorian reading takes a year DATE_HIJRI_FROM to _TO (1300 to 1500), so such a
 * column is the date's, in a calendar relrec reads only when told (t46 F6: Hesabfa's تاریخ
 * was told to join another table). */
static int other_calendar_year(const char *s)
{
	char plain[SNIFF_VALUE_MAX];
	int part[3], np = 0, four = -1;
	snprintf(plain, sizeof plain, "%s", s);
	rows_plain_id(plain);
	for (const char *p = plain; *p && np < 3;) {
		size_t d = strspn(p, "0123456789");
		if (!d || d > 4 || (np && !strchr("/-.", p[-1])))
			return 0;
		part[np] = atoi(p);
		four = d == 4 ? np : four;
		np++;
		p += d;
		if (*p && (!strchr("/-.", *p) || np == 3))
			return 0;
		p += *p != '\0';
	}
	if (np != 3 || (four != 0 && four != 2) || part[four] < DATE_HIJRI_FROM ||
	    part[four] > DATE_HIJRI_TO)
		return 0;
	int a = part[four ? 0 : 1], b = part[four ? 1 : 2];
	return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12) ? part[four] : 0;
}

/* An unused column filled on the lines read whose first value is a date of another calendar
 * (other_calendar_year), said into buf with what to do; 1 when one is, else 0. */
static int other_calendar(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			  char *buf, size_t size)
{
	for (int f = 0; seen && f < h->n && f < MAX_COLS; f++) {
		int year;
		char shown[48];
		if (field_role(col, f) >= 0 || !filled(seen, f) ||
		    !(year = other_calendar_year(seen->first[f])))
			continue;
		char cals[160];
		calendar_options_for_year(year, cals, sizeof cals);
		if (snprintf(buf, size, "; '%s' (%d, '%s') holds dates of the year %d, of another "
			     "calendar (Solar Hijri's, the Islamic one's): --map date=COL reads it "
			     "with %s, whichever the file's is",
			     shown_name(h->name, f, shown, sizeof shown), f + 1, seen->first[f], year,
			     cals) >= (int)size)
			buf[size - 1] = '\0';
		return 1;
	}
	return 0;
}

/* The end of the refusal for required roles no column's name could be, nor its values
 * (found[c]): those some unused column's values could be are said with the map that names
 * them (candidate_roles; t35: 1C's Код контрагента, Sage's A/C were told to join another
 * table); the rest the file most likely lacks, and a map would read a wrong column (t19:
 * --map user=store_nbr); for the customer, what that means. Into buf ("" when every one may
 * be there). */
static void absent_roles(const header *h, const int col[RR_COL_N], const sniff_values *seen,
			 const int found[RR_COL_N], char *buf, size_t size)
{
	static const char *const noun[RR_COL_N] = {[RR_COL_USER] = "a customer's",
						   [RR_COL_ITEM] = "an item's",
						   [RR_COL_DATE] = "a date's"};
	char what[80] = "";
	int user = 0, n = 0, want[RR_COL_N] = {0}, any[RR_COL_N], by_values[RR_COL_N] = {0};
	for (size_t k = 0; k < sizeof required / sizeof *required; k++) {
		int c = required[k];
		by_values[c] = col[c] >= 0 || found[c] ? 0 : has_candidate(h, col, c) ? 2 : 1;
		want[c] = by_values[c] == 1;
	}
	/* a role some column's name holds a word of: that column's values are said, when they
	 * could be it (t46 F12: Coupang's seller product code went unnamed as the item) */
	candidate_roles(h, col, seen, by_values, any, buf, size);
	size_t at = strlen(buf);
	if (col[RR_COL_USER] < 0 && !found[RR_COL_USER] &&
	    named_customer(h, col, seen, any[RR_COL_USER], buf + at, size - at))
		any[RR_COL_USER] = 1;   /* no table to join: the column may be here (t42 F11) */
	at = strlen(buf);
	if (col[RR_COL_ITEM] < 0 && !found[RR_COL_ITEM] &&
	    grouped_by_item(h, col, seen, buf + at, size - at))
		any[RR_COL_ITEM] = 1;   /* no table to join: the items are here, on lines of their own */
	at = strlen(buf);
	if (col[RR_COL_ITEM] < 0 && !found[RR_COL_ITEM] && !any[RR_COL_ITEM] &&
	    named_item(h, col, seen, buf + at, size - at))
		any[RR_COL_ITEM] = 1;   /* no table to join: an event's tickets name it */
	at = strlen(buf);
	if (col[RR_COL_USER] < 0 && !found[RR_COL_USER] && !any[RR_COL_USER] &&
	    phone_customer(h, col, seen, buf + at, size - at))
		any[RR_COL_USER] = 1;   /* t85 F18 */
	at = strlen(buf);
	if (by_values[RR_COL_USER] && !any[RR_COL_USER] &&
	    number_customer(h, col, seen, buf + at, size - at))
		any[RR_COL_USER] = 1;
	at = strlen(buf);
	if (want[RR_COL_DATE] && !any[RR_COL_DATE] &&
	    other_calendar(h, col, seen, buf + at, size - at))
		any[RR_COL_DATE] = 1;   /* no table to join: the dates are here, in another calendar */
	for (size_t k = 0; k < sizeof required / sizeof *required; k++) {
		int c = required[k];
		if (!want[c] || any[c])
			continue;
		snprintf(what + strlen(what), sizeof what - strlen(what), "%s%s",
			 what[0] ? " or " : "", noun[c]);
		user |= c == RR_COL_USER;
		n++;
	}
	size_t o = strlen(buf);
	/* the caller's buffer holds the longest; a cut one would keep its start */
	if (n && snprintf(buf + o, size - o, "; no column's name %s %s: a file without %s cannot "
			  "be read, so join the table that holds %s%s", seen && seen->rows ?
			  "or values are" : "is", what, n > 1 ? "them" : "it",
			 n > 1 ? "them" : "it",
			 user ? " (recommendations are per customer and need a customer id on "
				"every line; a store, an order or a session is no customer)" : "") >=
			 (int)(size - o))
		buf[size - 1] = '\0';
}

/* The refusal's hints (text) that each read one missing role (a bit of missing) by one
 * column, "--map ROLE=COL reads it", joined into one map when they read two roles or more,
 * into out ("" else): followed one at a time, the first is refused for the role it lacks
 * (t56 F18e: Magalu's hint proposed the date alone, then the load was refused for the user).
 * Said to read them only when it reads every missing role; else with ROLE=COL for the rest,
 * when each of those has a column offered by its values (none: the file lacks it). */
static void all_roles_map(const char *text, unsigned missing, char *out, size_t size)
{
	char joined[300] = "", cols[256];
	unsigned got = 0, roles;
	size_t k;
	out[0] = '\0';
	for (const char *at = text; (at = strstr(at, "--map ")) != NULL; at += 6) {
		const char *spec = at + 6;
		if (!(k = map_spec(spec, &roles, cols, sizeof cols)) ||
		    strncmp(spec + k, " reads it", 9) != 0 || (roles & ~missing) || (roles & got) ||
		    strstr(cols, "COL") || strlen(joined) + k + 2 >= sizeof joined)
			continue;
		snprintf(joined + strlen(joined), sizeof joined - strlen(joined), "%s%.*s",
			 got ? "," : "", (int)k, spec);
		got |= roles;
	}
	if (__builtin_popcount(got) < 2)
		return;
	if (got == missing) {
		snprintf(out, size, "; all at once: --map %s reads them", joined);
		return;
	}
	/* a role no hint read by one column: the map that copied would be refused for it (t86
	 * F14: "--map date=TRX_DATE,user=TRX_DESC reads them", then no column for the item) */
	char rest[64] = "", want[24];
	for (int c = 0; c < RR_COL_N; c++)
		if ((missing & ~got) & (1u << c)) {
			/* only a role some column's values were offered for: "join the table" */
			snprintf(want, sizeof want, "%s=COL", ingest_col_name((enum rr_col)c));
			if (!strstr(text, want))
				return;
			snprintf(rest + strlen(rest), sizeof rest - strlen(rest), ",%s", want);
		}
	snprintf(out, size, "; all at once, with the column%s for COL: --map %s%s",
		 __builtin_popcount(missing & ~got) > 1 ? "s" : "", joined, rest);
}

/* A header read as one field whose names, split on the Arabic semicolon, are names relrec
 * knows (t80 F30: "unrecognised header" named every known name as missing): -1 with the
 * error that says so and the pipe that writes ';' for it; 0 when it is not so. */
static int arabic_semicolon_refusal(const header *h, const char *got)
{
	const char *s = h->name[0], *at;
	int parts = 0, known = 0;
	char name[256];
	for (const char *p = s; p; p = at ? at + 2 : NULL) {
		at = strstr(p, ARABIC_SEMICOLON);
		size_t n = at ? (size_t)(at - p) : strlen(p);
		snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name ? n : sizeof name - 1), p);
		parts++;
		known += sniff_name_role(name) >= 0;
	}
	if (parts < 2 || known < 2)
		return 0;
	char cmd[1200];
	const char *arg[2] = {"s/" ARABIC_SEMICOLON "/;/g", h->path};
	const char *load = rr_pipe_text_cmd(cmd, sizeof cmd, "sed %s %p", arg, 2, h->path);
	err_set("'%s': the header '%s' is one field: its names, %d relrec knows, are separated by "
		"the Arabic semicolon %s (U+061B), as Excel writes a CSV under a Persian or Arabic "
		"Windows locale, and relrec splits on a one-byte separator only: %s%s%s", h->path,
		got, known, ARABIC_SEMICOLON, load ? "load " : "write ';' for it before loading",
		load ? load : "", load ? " (';' for each, the quoted ones staying in their fields)"
		: "");
	return 1;
}

/* all_roles_map over the refusal's two parts of hints. */
static void all_hints(const char *likely, const char *absent, unsigned missing, char *out,
		      size_t size)
{
	char text[1200];
	snprintf(text, sizeof text, "%s%s", likely, absent);
	all_roles_map(text, missing, out, size);
}

/* -1 with the error when the file has one row per order, its items packed in field packed
 * (packed_items: BigCommerce's Product Details, WooCommerce's line_item_1..N "name:...|sku:
 * ...|quantity:3"), no column of it being the item; got is the header as shown, miss the
 * roles missing ("'item'"). 0 when packed is -1. */
static int packed_refusal(const header *h, const sniff_values *seen, const char *got,
			  const char *miss, int packed)
{
	if (packed < 0)
		return 0;
	char shown[48];
	return err_set("'%s': unrecognised header '%s': no column for %s; '%s' packs each "
		       "order's items in one field ('%s'): the file has one row per order, "
		       "which no --map can read; export the orders' line items instead, one "
		       "row per product (BigCommerce: an export template with the order "
		       "items; Shopify, WooCommerce: the order export with line items; "
		       "Shopware: an export profile of the order line items), and load that",
		       h->path, got, miss, shown_name(h->name, packed, shown, sizeof shown),
		       seen->first[packed]);
}

/* Before any other refusal (two invoice columns, a map without the item: t64 L4, the
 * WooCommerce export of one row per order was refused for its order_id and order_number
 * first, then for its map), the one that says no map can read the file: no column is named
 * as the item's, by any name, and a column of no known name packs the orders' items as
 * key:value parts (packed_value; a till's description of counted items, "2 x Latte", is
 * read as the items, and warned of, further on). -1 with it, else 0. */
static int packed_first(const header *h, const int col[RR_COL_N], const sniff_values *seen)
{
	int lv, packed = -1;
	if (col[RR_COL_ITEM] >= 0 || !seen)
		return 0;
	for (int f = 0; f < h->n; f++) {
		int role = alias_role(h->norm[f], &lv);
		if (role == RR_COL_ITEM)
			return 0;
		if (packed < 0 && role < 0 && f < MAX_COLS && field_role(col, f) < 0 &&
		    filled(seen, f) && seen->packed[f])
			packed = f;
	}
	if (packed < 0)
		return 0;
	char raw[200] = "", got[400];
	char join[3] = {h->sep ? h->sep : ',', '\0', '\0'};
	for (int f = 0; f < h->n && strlen(raw) < 150; f++)
		snprintf(raw + strlen(raw), sizeof raw - strlen(raw), "%s%s", f ? join : "",
			 h->name[f]);
	sniff_printable(got, sizeof got, raw, strlen(raw), 120);
	return packed_refusal(h, seen, got, "'item'", packed);
}

/* The required columns that are missing, named in one error (-2 when seen is NULL and the
 * values could say more: sniff_columns). */
static int check_required(const header *h, const char *map, const sniff_values *seen,
			  const int col[RR_COL_N])
{
	char miss[128] = "", hint[128] = "", got[400], raw[200] = "";
	int n_miss = 0;
	unsigned missing = 0;
	for (size_t k = 0; k < sizeof required / sizeof *required; k++)
		if (col[required[k]] < 0) {
			missing |= 1u << required[k];
			const char *name = ingest_col_name((enum rr_col)required[k]);
			snprintf(miss + strlen(miss), sizeof miss - strlen(miss), "%s'%s'",
				 miss[0] ? ", " : "", name);
			snprintf(hint + strlen(hint), sizeof hint - strlen(hint), "%s%s=COL",
				 hint[0] ? "," : "", name);
			n_miss++;
		}
	if (!miss[0])
		return 0;
	char absent[700], likely[400], all[340];
	int found[RR_COL_N];
	if (map) {
		/* the unmapped refusal's guidance, kept: the map the analyst added was the one a
		 * refusal asked for, and the next role's hint must not be lost (t35 F13) */
		value_roles(h, col, seen, found, likely, sizeof likely);
		absent_roles(h, col, seen, found, absent, sizeof absent);
		all_hints(likely, absent, missing, all, sizeof all);
		err_set("--map: no column given for %s (add %s to the map)%s%s%s", miss, hint, likely,
			absent, all);
		return seen ? -1 : -2;
	}
	/* joined with the file's own separator: "a,b,c" for a ';' file suggested a comma was read */
	char join[3] = {h->sep ? h->sep : ',', '\0', '\0'};
	if (h->sep == '\t')
		memcpy(join, "\\t", 3);   /* shown as \t, not as an invisible tab */
	for (int f = 0; f < h->n && strlen(raw) < 150; f++)
		snprintf(raw + strlen(raw), sizeof raw - strlen(raw), "%s%s", f ? join : "",
			 h->name[f]);
	sniff_printable(got, sizeof got, raw, strlen(raw), 120);
	/* one field: the separator given (--sep) is not the file's; say which one it holds */
	char other = 0, a[16], b[16];
	if (h->n == 1 && sniff_separator(h->name[0], strlen(h->name[0]), h->path, &other) == 0 &&
	    other != h->sep && strchr(h->name[0], other))
		return err_set("'%s': the header '%s' holds no %s: it splits on %s (--sep %s, or no "
			       "--sep to detect it)", h->path, got,
			       sniff_sep_name(h->sep ? h->sep : ',', a, sizeof a),
			       sniff_sep_name(other, b, sizeof b), b);
	if (h->n == 1 && arabic_semicolon_refusal(h, got))   /* t80 F30 */
		return -1;
	/* one field and no separator in it: text laid out in columns by place (a mainframe's or
	 * an ERP's printed report), which no --map reads and no other table holds (t46 F11) */
	if (h->n == 1 && !strpbrk(h->name[0], ",;\t|") && strstr(h->name[0], "  ") &&
	    (!seen || !seen->rows || !seen->filled[1]))
		return err_set("'%s': the header '%s' is one column with no separator (, ; tab |): "
			       "fixed-width text, its columns set apart by blanks, not CSV: convert "
			       "it to CSV first (a spreadsheet's text import with fixed widths), then "
			       "load that", h->path, got);
	int data = sniff_data_like(h->name, h->n), shaped = data ? 0 : sniff_data_shaped(h->name,
											 h->n, seen);
	if (data || shaped)
		return err_set("'%s': the first line '%s' looks like data, not a header (%d of its %d "
			       "fields are %s): for a file without a header line, give its columns "
			       "by number with --no-header --map %s", h->path, got, data ? data : shaped,
			       h->n, data ? "numbers" : "numbers, dates or codes shaped as the values "
			       "below them", hint);
	/* a report's title on the first line, its header below under names relrec does not
	 * know (t35: Mercado Libre's "Ventas;;;;"): its values are no columns' */
	int named = 0;
	for (int f = 0; f < h->n; f++)
		named += h->norm[f][0] != '\0';
	if (h->n >= 4 && 3 * named <= h->n)
		return err_set("'%s': the first line '%s' reads as a report's title, not a header "
			       "(%d of its %d fields are empty), and no line below it has names relrec "
			       "knows: name the header's columns with --map %s, which finds the "
			       "header line that holds them below the title", h->path, got,
			       h->n - named, h->n, hint);
	if (packed_refusal(h, seen, got, miss,
			   col[RR_COL_ITEM] < 0 ? packed_items(h, col, seen) : -1) != 0)
		return -1;
	value_roles(h, col, seen, found, likely, sizeof likely);
	absent_roles(h, col, seen, found, absent, sizeof absent);
	all_hints(likely, absent, missing, all, sizeof all);
	err_set("'%s': unrecognised header '%s': no column for %s (map %s with --map %s; relrec(1) "
		"lists the names it knows)%s%s%s", h->path, got, miss, n_miss > 1 ? "them" : "it",
		hint, likely, absent, all);
	return seen ? -1 : -2;
}

static int has_all(const header *h, const char *const names[RR_COL_N])
{
	for (int c = 0; c < RR_COL_N; c++) {
		int f = 0;
		if (!names[c])
			continue;
		while (f < h->n && strcmp(h->name[f], names[c]) != 0)
			f++;
		if (f == h->n)
			return 0;
	}
	return 1;
}

/* A dotted key's name (Shopware's and other JSON exports' lineItems.quantity,
 * orderCustomer.customerNumber, stateMachineState.technicalName; t77 F19), of no role whole:
 * compared as "path/segment" (norm), as Odoo's Order Lines/Quantity is, the segment the last
 * one of 4 characters or more whose role is known, else the one before it when a status's
 * (the state machine's state, whose technical name is its value; never Order in Order.id,
 * Order.statusId: plentymarkets' two numbers). An event's segment is none (a line's type:
 * product, promotion). A name with a blank, or a dot not between two letters or
 * digits (Artikel-Nr., Kd. Nr.), is no dotted key. 1 when norm was rewritten. */
static int dotted_key_norm(const char *name, char norm[NORM_MAX])
{
	size_t n = strlen(name), dot[2] = {0, 0};
	int dots = 0, lv;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		if (c == ' ' || c == '\t' || c == '/')
			return 0;
		if (c == '.' && (i == 0 || i + 1 == n || !isalnum((unsigned char)name[i - 1]) ||
				 !isalpha((unsigned char)name[i + 1])))
			return 0;
		if (c == '.') {
			dot[0] = dot[1];
			dot[1] = i + 1;   /* where the segment after it starts */
			dots++;
		}
	}
	if (!dots)
		return 0;
	/* the last segment, then the one before it; the path is the rest of the name */
	size_t lo[2] = {dot[1], dots > 1 ? dot[0] : 0}, hi[2] = {n, dot[1] - 1};
	for (int k = 0; k < 2; k++) {
		char seg[NORM_MAX], path[NORM_MAX];
		if (hi[k] - lo[k] < 4 || hi[k] - lo[k] >= NORM_MAX)
			continue;
		normalize_n(name + lo[k], hi[k] - lo[k], seg);
		int role = alias_role(seg, &lv);
		if (role < 0 || role == RR_COL_EVENT || (k == 1 && role != RR_COL_STATUS))
			continue;
		if (k == 0)
			normalize_n(name, lo[0] - 1, path);
		else
			normalize_n(name + hi[1] + 1, n - hi[1] - 1, path);
		size_t pn = strlen(path), sn = strlen(seg);
		if (pn + sn + 2 > NORM_MAX)
			return 0;
		memcpy(norm, path, pn);
		norm[pn] = '/';
		memcpy(norm + pn + 1, seg, sn + 1);
		return 1;
	}
	return 0;
}

/* h over the n names, their compared forms made; no column taken, no role given. */
static void header_init(header *h, const char *const *name, int n, const char *path, char sep,
			int col[RR_COL_N], int taken[MAX_COLS])
{
	h->sep = sep;
	h->name = name;
	h->n = n < MAX_COLS ? n : MAX_COLS;
	h->path = path;
	for (int f = 0; f < h->n; f++) {
		h->remark[f] = normalize_n(name[f], strlen(name[f]), h->norm[f]);
		int lv, tax;
		if (!h->remark[f] && alias_role(h->norm[f], &lv) < 0)
			dotted_key_norm(name[f], h->norm[f]);
		if (h->remark[f] && bracket_role_name(name[f], h->norm[f]))
			h->remark[f] = 0;
		else if (h->remark[f])   /* Price (ex VAT) before Price (inc VAT): t64 F13 */
			h->remark[f] = tax_remark_bracket(name[f]) == 2 ? 2 : 1;
		if (alias_role(h->norm[f], &lv) < 0 && ((tax = tax_remark_name(name[f], h->norm[f])) ||
							  (tax = tax_lead_name(name[f], h->norm[f]))))
			h->remark[f] = tax;
		else if (alias_role(h->norm[f], &lv) < 0 && (unit_remark_name(name[f], h->norm[f]) ||
							       price_unit_name(name[f], h->norm[f])))
			h->remark[f] = 1;
		h->money[f] = (unsigned char)money_named(name[f]);
		taken[f] = -1;
	}
	for (int c = 0; c < RR_COL_N; c++)
		col[c] = -1;
}

int sniff_map_number(const char *s, size_t n)
{
	size_t i = 0, d = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	i += i < n && (s[i] == '+' || s[i] == '-');
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		d++;
	if (i < n && (s[i] == '.' || s[i] == ','))
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			d++;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return d > 0 && i == n;
}

/* Does every NAME=COL of the map whose COL is no number (sniff_map_number) find its column
 * in h? A number says nothing of which line is the header. */
static int map_names_fit(const header *h, const char *map, int col[RR_COL_N],
			 int taken[MAX_COLS])
{
	char *m = strdup(map);
	int fits = m != NULL;
	for (char *tok = m, *next; tok && *tok && fits; tok = next) {
		size_t len = map_entry_len(tok);
		next = tok + len + (tok[len] == ',');
		tok[len] = '\0';
		const char *eq = strchr(tok, '=');
		if (!eq || !eq[1] || sniff_map_number(eq + 1, strlen(eq + 1)))
			continue;   /* not NAME=COL (an error on any line), or a number */
		fits = map_one(h, tok, col, taken, NULL) == 0;
	}
	free(m);
	return fits;
}

#define FITS_NAME 256   /* longer names are cut: a map naming one does not fit */
int sniff_map_fits(const char *s, size_t n, char sep, const char *map, int *fields)
{
	header *h = malloc(sizeof *h);
	char *store = malloc((size_t)MAX_COLS * FITS_NAME);
	const char *name[MAX_COLS];
	int col[RR_COL_N], taken[MAX_COLS], k = 0, cut = 0, fits = 0;
	size_t i = 0;
	*fields = 0;
	if (h && store) {
		while (k < MAX_COLS && !cut &&
		       next_field(s, n, sep, &i, store + (size_t)k * FITS_NAME, FITS_NAME, &cut)) {
			name[k] = store + (size_t)k * FITS_NAME;
			k++;
		}
		header_init(h, name, k, "", sep, col, taken);
		fits = !cut && map_names_fit(h, map, col, taken);
		/* the width without the empty fields at the end: a spreadsheet pads a report's
		 * title to the sheet's width ("Sales by Customer Detail,,,,,,,,,"; t18) */
		while (k > 0 && !h->norm[k - 1][0])
			k--;
		*fields = k;
		err_clear();
	}
	free(store);
	free(h);
	return fits;
}

/* No item by a known name: an unused column whose name ends with SKU (Artikel-SKU, Variant
 * SKU, ArtikelSKU) or is SKU and an id's word (SKU Nummer, SKU-Code), filled on the lines read with
 * more than a flag's values and not a category's, is the item, before a description tells
 * the items apart (t42 F10: Billbee's Artikel-SKU lost to Artikelname, and a renamed
 * product was two items). The stock-keeping code is the item in any language's export. */
static void sku_named_item(const header *h, const sniff_values *fill, int col[RR_COL_N],
			   int taken[MAX_COLS])
{
	for (int f = 0; f < h->n && f < MAX_COLS; f++) {
		const char *norm = h->norm[f];
		size_t n = strlen(norm);
		if (taken[f] >= 0 || n < 4 || (strcmp(norm + n - 3, "sku") != 0 &&
		    !(strncmp(norm, "sku", 3) == 0 && sniff_name_index(norm + 3, n - 3,
								       role_blind_words) >= 0)) ||
		    category_name(norm) || (fill && fill->rows && (!filled(fill, f) ||
								   few_values(fill, f))))
			continue;
		col[RR_COL_ITEM] = f;
		taken[f] = RR_COL_ITEM;
		return;
	}
}

/* No customer by a known name, and an unused column named by a member's bare word
 * (member_words) holds ids on the lines read (code_like: M013, 30000148): it is the
 * customer, a till's loyalty member. Not by the name alone: a Member column may be a flag
 * (Y/N), a tier (Gold) or the member's name, which code_like refuses (t72 F24: a bakery
 * till's Member M013 was refused, --map user=Member hinted). A map's roles stay. */
static void member_ids(const header *h, const sniff_values *fill, const int mapped[RR_COL_N],
		       int col[RR_COL_N], int taken[MAX_COLS])
{
	if (col[RR_COL_USER] >= 0 || mapped[RR_COL_USER] || !fill || !fill->rows)
		return;
	/* on its filled values: a walk-in's line leaves it blank, on most lines or on the
	 * morning's first (t76 F15: 20 walk-ins first, or 70 % of the lines, were refused) */
	for (int f = 0; f < h->n && f < MAX_COLS; f++)
		if (taken[f] < 0 && fill->filled[f] >= 3 && code_like_filled(fill, f) > 0 &&
		    sniff_name_index(h->norm[f], strlen(h->norm[f]), member_words) >= 0) {
			give_role(RR_COL_USER, f, col, taken);
			return;
		}
}

/* No date column by a name, but a column named as the time of day (Order Time, Created
 * Time) that holds a date written so on every line read (2023-01-07 12:49:00): it is the
 * date, its time with it; a map's roles stay (t56 F15: Shein's and Temu's Order Time were
 * refused as "no column's values are a date's", the file told to join another table). */
static void time_holds_dates(const sniff_values *fill, const int mapped[RR_COL_N],
			     int col[RR_COL_N], int taken[MAX_COLS])
{
	int t = col[RR_COL_TIME];
	if (col[RR_COL_DATE] >= 0 || mapped[RR_COL_DATE] || mapped[RR_COL_TIME] || t < 0 ||
	    t >= MAX_COLS || !fill || !fill->rows || seen_kind(fill, t) != VK_DATE)
		return;
	col[RR_COL_TIME] = -1;
	col[RR_COL_DATE] = t;
	taken[t] = RR_COL_DATE;
}

/* No date column by a name, and the dates are told to be of another calendar (--calendar
 * solar-hijri): the one unused column whose values on every line read are dates of it
 * ('Rooz', 1403/01/15) is the date. Gregorian dates by their values are a hint to map them
 * (value_roles), as a shipping date may be beside the order's; under --calendar the user has
 * said the file's dates are of that calendar, which no other column's are. Two such columns
 * are left to the refusal, which names them. */
static void calendar_holds_dates(const header *h, const sniff_values *fill,
				 const int mapped[RR_COL_N], int col[RR_COL_N], int taken[MAX_COLS])
{
	if (col[RR_COL_DATE] >= 0 || mapped[RR_COL_DATE] || !fill || !fill->cal || !fill->rows)
		return;
	int to = -1;
	for (int f = 0; f < h->n && f < MAX_COLS; f++) {
		if (taken[f] >= 0 || fill->filled[f] != fill->rows || fill->dated[f] != fill->rows)
			continue;
		if (to >= 0)
			return;
		to = f;
	}
	if (to >= 0)
		give_role(RR_COL_DATE, to, col, taken);
}

/* Words that say a price is what the buyer paid, after a discount: before or after a price's
 * name (Paid Price, paidPrice, Price Paid, Final Price, Discounted Price, Actual Price, Net Unit
 * Price, Sale Price after discount) or in a bracket after it (Price (after discount), Unit
 * Price (charged)). Such a price is read over the one beside it (t67 F7: Lazada's unitPrice,
 * the list price, was read over its paidPrice, the spend 4 % high). Compared. */
static const char *const paid_price_words[] = {"paid", "final", "discounted", "actual",
					       "charged", "net", "afterdiscount", "afterdiscounts",
					       "effective", NULL};

/* Is the name s (norm, compared) a price's with a word of paid_price_words: 1 before or after
 * the name, 2 in a bracket after it, 0 none? */
static int paid_price_of(const char *s, const char *norm)
{
	size_t n = strlen(norm), k = strlen(s);
	char stem[NORM_MAX];
	int lv;
	for (const char *const *w = paid_price_words; *w; w++) {
		size_t m = strlen(*w);
		if (n <= m)
			continue;
		if (strncmp(norm, *w, m) == 0 && alias_role(norm + m, &lv) == RR_COL_PRICE)
			return 1;
		memcpy(stem, norm, n - m);
		stem[n - m] = '\0';
		if (strcmp(norm + n - m, *w) == 0 && alias_role(stem, &lv) == RR_COL_PRICE)
			return 1;
	}
	while (k > 0 && s[k - 1] == ' ')
		k--;
	const char *open = k > 2 && s[k - 1] == ')' ? memchr(s, '(', k) : NULL;
	return open && alias_role(norm, &lv) == RR_COL_PRICE &&
	       sniff_name_index(open + 1, (size_t)(s + k - 1 - open - 1), paid_price_words) >= 0
	       ? 2 : 0;
}

static int paid_price_name(const header *h, int f)
{
	return paid_price_of(h->name[f], h->norm[f]);
}

int sniff_paid_price(const char *name)
{
	char norm[NORM_MAX];
	normalize(name, norm);
	return paid_price_of(name, norm) != 0;
}

/* Is another unused column than f named as f is, compared (its bracket left out)? */
static int name_twin(const header *h, const int taken[MAX_COLS], int f)
{
	for (int g = 0; g < h->n; g++)
		if (g != f && taken[g] < 0 && strcmp(h->norm[g], h->norm[f]) == 0)
			return 1;
	return 0;
}

/* The price a buyer paid (paid_price_name) over the one read beside it; where none was read,
 * only one whose bracket says so beside its twin (Price (after discount) beside Price
 * (before discount)); not over a map's. (A Net Price alone is a price by its own name.) */
static void paid_price(header *h, const int mapped[RR_COL_N], int col[RR_COL_N],
		       int taken[MAX_COLS])
{
	int p = col[RR_COL_PRICE];
	if (mapped[RR_COL_PRICE] || (p >= 0 && paid_price_name(h, p)))
		return;
	for (int f = 0; f < h->n; f++)
		if (taken[f] < 0 && paid_price_name(h, f) &&
		    (p >= 0 || (paid_price_name(h, f) == 2 && name_twin(h, taken, f)))) {
			if (p >= 0)
				taken[p] = -1;
			col[RR_COL_PRICE] = f;
			taken[f] = RR_COL_PRICE;
			return;
		}
}

/* A Net Price read by its name alone, beside a Gross Price: Toast's pair, each line's total
 * before and after its discount, not a unit price (a tax's net and gross unit prices are
 * written Nettopreis, Bruttopreis, or with a tax remark); left unread, the price's hint names
 * it with both readings. Not a map's. */
static void net_beside_gross(const header *h, const int mapped[RR_COL_N], int col[RR_COL_N],
			     int taken[MAX_COLS])
{
	int p = col[RR_COL_PRICE];
	if (mapped[RR_COL_PRICE] || p < 0 || strcmp(h->norm[p], "netprice") != 0)
		return;
	for (int f = 0; f < h->n; f++)
		if (taken[f] < 0 && strcmp(h->norm[f], "grossprice") == 0) {
			taken[p] = -1;
			col[RR_COL_PRICE] = -1;
			return;
		}
}

/* A date column by its name whose dates are of another calendar (other_calendar_year: a Saudi
 * ERP's \xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE, 1445/12/02) beside an unused column named as a date whose every
 * value read is a date of this calendar (its Gregorian one, 2024-06-09): that one is the
 * date, exact to the day, as it is when it comes first (t80 F34: every row was rejected, the
 * hint naming only the calendars). Not under --calendar, which says the file's dates are of
 * the other one, nor when the map gives the date. */
static void gregorian_beside(const header *h, const sniff_values *fill,
			     const int mapped[RR_COL_N], int col[RR_COL_N], int taken[MAX_COLS])
{
	int d = col[RR_COL_DATE];
	if (d < 0 || d >= MAX_COLS || mapped[RR_COL_DATE] || !fill || fill->cal || !fill->rows ||
	    !fill->filled[d] || !other_calendar_year(fill->first[d]))
		return;
	for (int f = 0; f < h->n && f < MAX_COLS; f++)
		if (taken[f] < 0 && fill->filled[f] == fill->rows && fill->dated[f] == fill->rows &&
		    !other_calendar_year(fill->first[f]) && holds_role_word(h, f, RR_COL_DATE)) {
			taken[d] = -1;
			col[RR_COL_DATE] = -1;
			give_role(RR_COL_DATE, f, col, taken);
			return;
		}
}

int sniff_columns(const char *const *name, int n, const char *map, const char *path, char sep,
		  const sniff_values *seen, const sniff_values *fill, int col[RR_COL_N],
		  const char **schema)
{
	return sniff_columns_also(name, n, map, path, sep, seen, fill, col, schema, NULL);
}

int sniff_columns_also(const char *const *name, int n, const char *map, const char *path,
		       char sep, const sniff_values *seen, const sniff_values *fill,
		       int col[RR_COL_N], const char **schema, sniff_also *also)
{
	header h; /* 16 KB of compared names */
	int taken[MAX_COLS];
	header_init(&h, name, n, path, sep, col, taken);
	if (also)
		memset(also, 0, sizeof *also);
	if (map && apply_map(&h, map, col, taken, also) != 0)
		return -1;
	int price_mapped = col[RR_COL_PRICE] >= 0, amount_mapped = col[RR_COL_AMOUNT] >= 0;
	int mapped[RR_COL_N];
	for (int c = 0; c < RR_COL_N; c++)
		mapped[c] = col[c] != -1;
	if (packed_first(&h, col, seen ? seen : fill) != 0)
		return -1;
	if (match_known(&h, fill, col, taken) != 0)
		return -1;
	apply_export_roles(&h, fill, mapped, col, taken);
	prefer_filled(&h, fill, mapped, col, taken);
	paid_price(&h, mapped, col, taken);
	net_beside_gross(&h, mapped, col, taken);
	time_holds_dates(fill, mapped, col, taken);
	calendar_holds_dates(&h, fill, mapped, col, taken);
	gregorian_beside(&h, fill, mapped, col, taken);
	basket_of_lines(&h, fill, mapped, col, taken);
	/* an item's bare word (Item, Product, Artikel) beside a code (SKU, Product ID,
	 * Artikelnummer) is the item's name, as Square, Vend, QuickBooks and German shop
	 * systems write them: the code is the item, the word its description if none is named */
	int lv = -1;
	for (int f = 0; f < h.n && col[RR_COL_DESC] == -1; f++)
		if (taken[f] < 0 && item_word(name[f])) {
			col[RR_COL_DESC] = f;
			taken[f] = RR_COL_DESC;
		}
	for (int c = 0; c < RR_COL_N; c++)
		if (col[c] == COL_NONE)
			col[c] = -1;
	/* a bare code's word (Code, Código, Kod: role-blind) is the item's code beside the item's
	 * name (Cin7's Code and Product Name, t49 F03) or alone; not when no description is known
	 * and another column is named as the item's or holds codes too (Shoptet's code, the
	 * order's, beside orderItemCode; 1C's Kod beside Towar): which is, the hint says */
	int it = col[RR_COL_ITEM], other_item = 0;
	for (int f = 0; f < h.n && it >= 0 && col[RR_COL_DESC] < 0; f++)
		other_item |= f != it && taken[f] < 0 && (holds_role_word(&h, f, RR_COL_ITEM) ||
			      value_candidate(&h, col, seen, f, RR_COL_ITEM));
	if (other_item && !mapped[RR_COL_ITEM] &&
	    sniff_name_index(h.norm[it], strlen(h.norm[it]), role_blind_words) >= 0) {
		taken[it] = -1;
		col[RR_COL_ITEM] = -1;
	}
	if (col[RR_COL_ITEM] < 0)
		sku_named_item(&h, fill, col, taken);
	member_ids(&h, fill, mapped, col, taken);
	/* no item code but a description by a name of its own (not the fallback name or title,
	 * which may be a customer's): the description tells the items apart (the Groceries
	 * dataset's itemDescription, a till's receipt text); the summary says so */
	if (col[RR_COL_ITEM] < 0 && col[RR_COL_DESC] >= 0 &&
	    alias_role(h.norm[col[RR_COL_DESC]], &lv) == RR_COL_DESC && lv == 0)
		col[RR_COL_ITEM] = col[RR_COL_DESC];
	int rc = check_required(&h, map, seen, col);
	if (rc != 0)
		return rc;
	/* a unit price and a line total: the price is read, unless only the total was mapped */
	if (col[RR_COL_PRICE] >= 0 && col[RR_COL_AMOUNT] >= 0) {
		int drop = amount_mapped && !price_mapped ? RR_COL_PRICE : RR_COL_AMOUNT;
		taken[col[drop]] = -1;
		col[drop] = -1;
	}
	*schema = map ? "mapped" : has_all(&h, uci_names) ? "Online Retail"
				   : has_all(&h, ii_names) ? "Online Retail II" : "known names";
	for (int c = 0; also && c < RR_COL_N; c++)   /* a role let go lets its columns go */
		if (col[c] < 0)
			also->n[c] = 0;
	return 0;
}

/* Header name f as shown: printable, at most 40 bytes, "column N" when empty. */
static const char *shown_name(const char *const *name, int f, char *shown, size_t size)
{
	if (name[f][0])
		return sniff_printable(shown, size, name[f], strlen(name[f]), 40);
	snprintf(shown, size, "column %d", f + 1);
	return shown;
}

/* The role field f holds, or -1. */
static int field_role(const int col[RR_COL_N], int f)
{
	for (int c = 0; c < RR_COL_N; c++)
		if (col[c] == f)
			return c;
	return -1;
}

/* Descriptions named as the item's name (WooCommerce's Item Name, Shopify's Lineitem name):
 * beside a code they name the items it leaves empty, as an item's bare word does. */
static const char *const names_item[] = {"item_name", "product_name", "lineitem_name",
					 "article_name", "artikelposition_name",
					 "nom_de_l'article", "nombre_del_art\xC3\xAD" "culo",
					 "nombre_del_articulo", "nome_articolo", "naam_artikel",
					 NULL};

int sniff_code_beside(const char *const *name, int n, const int col[RR_COL_N], int c)
{
	char a[NORM_MAX], b[NORM_MAX];
	int u = c == RR_COL_USER || c == RR_COL_ITEM ? col[c] : -1, lv = -1;
	if (u < 0 || u >= n || normalize_n(name[u], strlen(name[u]), a) || a[0] == '\x01')
		return -1;
	for (int f = 0; f < n && f < MAX_COLS; f++) {
		if (f == u || (field_role(col, f) >= 0 && f != col[RR_COL_DESC]) ||
		    normalize_n(name[f], strlen(name[f]), b) || b[0] == '\x01')
			continue;
		int named = c == RR_COL_USER
			    ? field_role(col, f) < 0 &&
			      sniff_name_index(name[f], strlen(name[f]), user_names) >= 0
			    : alias_role(b, &lv) == RR_COL_ITEM && lv == 1;
		if (named && (code_named(c, name[u], strlen(name[u])) ||
			      (strcmp(a, b) == 0 && strchr(name[u], '#') && !strchr(name[f], '#'))))
			return f;
	}
	return -1;
}

int sniff_id_pair(const char *const *name, int n, const int col[RR_COL_N], int c, int *code,
		  int *named)
{
	int f = (c == RR_COL_USER || c == RR_COL_ITEM) ? col[c] : -1, found = 0;
	header *h = f >= 0 ? malloc(sizeof *h) : NULL;
	int own[RR_COL_N], taken[MAX_COLS];
	if (!h)
		return 0;
	header_init(h, name, n, "", ',', own, taken);
	/* the other may be unused or the description (the name shown beside its code), never
	 * another role's column */
	for (int g = 0; g < h->n && !found; g++) {
		int r = field_role(col, g);
		if (g == f || (r >= 0 && r != RR_COL_DESC))
			continue;
		if (code_name_pair(h, c, f, g) || code_name_pair(h, c, g, f)) {
			found = 1;
			*code = code_name_pair(h, c, f, g) ? f : g;
			*named = *code == f ? g : f;
		}
	}
	free(h);
	return found;
}

int sniff_item_fallback(const char *const *name, int n, const int col[RR_COL_N],
			const sniff_values *fill)
{
	int lv = -1, d = col[RR_COL_DESC];
	char norm[NORM_MAX];
	if (col[RR_COL_ITEM] < 0)
		return -1;
	/* an id of the last level that the code left unused: Etsy's Listing ID beside its SKU,
	 * a barcode. Not a bare word, which may number the order's lines (WooCommerce's
	 * Item #) */
	for (int f = 0; f < n && f < MAX_COLS; f++)
		if (field_role(col, f) < 0 && !nearly_empty(fill, f) &&
		    !normalize_n(name[f], strlen(name[f]), norm) &&
		    alias_role(norm, &lv) == RR_COL_ITEM && lv == RR_ALIAS_LEVELS - 1)
			return f;
	if (d < 0 || d == col[RR_COL_ITEM])
		return -1;
	/* else the description, when it is the item's bare word (Square's Item beside its SKU)
	 * or named as the item's name, or when the code is empty on every line read (Xero
	 * without inventory items: its InventoryItemCode, t35 F1) */
	if (item_word(name[d]) || (fill && fill->rows && col[RR_COL_ITEM] < MAX_COLS &&
				   !fill->filled[col[RR_COL_ITEM]]))
		return d;
	return sniff_name_index(name[d], strlen(name[d]), names_item) >= 0 ? d : -1;
}

/* Does another of the n header names read as name f's, byte for byte or once both are
 * composed (NFC: macOS writes names decomposed)? */
static int name_shared(const char *const *name, int n, int f)
{
	size_t lf = strlen(name[f]), u;
	char *a = lf ? malloc(lf + 1) : NULL;
	int shared = 0;
	if (!a)
		return 0;
	lf = textfold_compose(a, name[f], lf, &u);
	for (int g = 0; g < n && !shared; g++) {
		size_t lg = g == f ? 0 : strlen(name[g]);
		char *b = lg ? malloc(lg + 1) : NULL;
		if (!b)
			continue;
		lg = textfold_compose(b, name[g], lg, &u);
		shared = lg == lf && memcmp(a, b, lf) == 0;
		free(b);
	}
	free(a);
	return shared;
}

/* Header name f as the columns: line shows it: shown_name's, and its number beside a name
 * another column shares (t62 F19: "user=CustomerID; not used: CustomerID" said not which). */
static const char *described_name(const char *const *name, int n, int f, char *shown,
				  size_t size)
{
	char one[96];
	shown_name(name, f, one, sizeof one);
	if (name_shared(name, n, f))
		snprintf(shown, size, "%s (column %d)", one, f + 1);
	else
		snprintf(shown, size, "%s", one);
	return shown;
}

void sniff_describe(const char *const *name, int n, const int col[RR_COL_N], int item_alt,
		    const char *event_why, char *buf, size_t size)
{
	sniff_describe_also(name, n, col, NULL, item_alt, event_why, buf, size);
}

/* Is field f one of also's columns? */
static int also_holds(const sniff_also *also, int f)
{
	for (int c = 0; also && c < RR_COL_N; c++)
		for (int k = 0; k < also->n[c]; k++)
			if (also->col[c][k] == f)
				return 1;
	return 0;
}

void sniff_describe_also(const char *const *name, int n, const int col[RR_COL_N],
			 const sniff_also *also, int item_alt, const char *event_why, char *buf,
			 size_t size)
{
	enum { SHOW_UNUSED = 6 };
	size_t o = 0;
	char shown[128];
	int unused = 0;
	buf[0] = '\0';
	for (int k = 0; k < RR_COL_N && o < size; k++) {
		int c = role_order[k], f = col[c];
		if (f >= 0)
			o += (size_t)snprintf(buf + o, size - o, "%s%s=%s", o ? ", " : "",
					      ingest_col_name((enum rr_col)c),
					      described_name(name, n, f, shown, sizeof shown));
		for (int k = 0; f >= 0 && also && k < also->n[c] && o < size; k++)
			o += (size_t)snprintf(buf + o, size - o, "|%s",
					      described_name(name, n, also->col[c][k], shown,
							     sizeof shown));
		if (f >= 0 && c == RR_COL_ITEM && item_alt >= 0 && item_alt != col[RR_COL_DESC] &&
		    o < size)   /* the description is named anyway, and the note says it names items */
			o += (size_t)snprintf(buf + o, size - o, " or %s",
					      described_name(name, n, item_alt, shown, sizeof shown));
		if (f >= 0 && c == RR_COL_EVENT && event_why && o < size)
			o += (size_t)snprintf(buf + o, size - o, " (%s)", event_why);
	}
	/* the columns no role took: a quantity under a name relrec does not know shows here */
	for (int f = 0; f < n && o < size; f++) {
		if (field_role(col, f) >= 0 || f == item_alt || also_holds(also, f))
			continue;
		if (unused < SHOW_UNUSED)
			o += (size_t)snprintf(buf + o, size - o, "%s%s", unused ? ", " : "; not used: ",
					      described_name(name, n, f, shown, sizeof shown));
		unused++;
	}
	if (unused > SHOW_UNUSED && o < size)
		snprintf(buf + o, size - o, " and %d more", unused - SHOW_UNUSED);
}


/* The first column no role took whose name is one of list and holds none of but (NULL: no
 * such words): its number (from 1) with its name in buf, else 0. */
static int unused_named(const char *const *name, int n, const int col[RR_COL_N],
			const char *const *list, const char *const *but, char *buf, size_t size)
{
	for (int f = 0; f < n; f++) {
		char norm[NORM_MAX];
		if (field_role(col, f) >= 0 || sniff_name_index(name[f], strlen(name[f]), list) < 0)
			continue;
		normalize(name[f], norm);
		if (!holds_word(norm, but)) {
			shown_name(name, f, buf, size);
			return f + 1;
		}
	}
	return 0;
}


/* Does normalized name norm hold one of words? */
static int holds_word(const char *norm, const char *const *words)
{
	for (const char *const *w = words; w && *w; w++)
		if (strstr(norm, *w))
			return 1;
	return 0;
}

int sniff_count_named(const char *name)
{
	char norm[NORM_MAX];
	int lv;
	normalize(name, norm);
	if (!norm[0] || norm[0] == '\x01')
		return 0;
	int role = alias_role(norm, &lv);
	if (role == RR_COL_QTY || sniff_name_index(name, strlen(name), stock_words) >= 0)
		return 2;
	/* Stock Description, Stock Group, Lagerort: a stock word beside another role's name is
	 * that role's */
	for (int c = 0; c < RR_COL_N; c++)
		if (c != RR_COL_QTY && sniff_name_holds_role(name, c))
			return 0;
	return role < 0 && holds_word(norm, stock_words);
}

/* The first column no role took whose name holds one of words and none of but (NULL: no
 * such words): its number (from 1) with its name in buf, else 0. */
static int unused_holding_but(const char *const *name, int n, const int col[RR_COL_N],
			      const char *const *words, const char *const *but, char *buf,
			      size_t size)
{
	for (int f = 0; f < n; f++) {
		if (field_role(col, f) >= 0)   /* a used column: not normalized to no purpose */
			continue;
		char norm[NORM_MAX];
		normalize(name[f], norm);
		if (holds_word(norm, words) && !holds_word(norm, but)) {
			shown_name(name, f, buf, size);
			return f + 1;
		}
	}
	return 0;
}

/* The first column no role took whose name holds one of words: its number (from 1) with its
 * name in buf, else 0. */
static int unused_holding(const char *const *name, int n, const int col[RR_COL_N],
			  const char *const *words, char *buf, size_t size)
{
	return unused_holding_but(name, n, col, words, NULL, buf, size);
}

/* The first column no role took whose name holds a known name of role (holds_role_name), none
 * of role other's (-1: any) and none of but (NULL: no such words): its number (from 1) with
 * its name in buf, else 0. */
static int unused_holding_role(const char *const *name, int n, const int col[RR_COL_N], int role,
			       int other, const char *const *but, char *buf, size_t size)
{
	for (int gross = 0; gross < 2; gross++)   /* a net or plain name before a gross one */
		for (int f = 0; f < n; f++) {
			if (field_role(col, f) >= 0 || sniff_tax_included(name[f]) != gross)
				continue;
			char norm[NORM_MAX];
			normalize(name[f], norm);
			if (holds_role_name(norm, role) &&
			    (other < 0 || !holds_role_name(norm, other)) && !holds_word(norm, but)) {
				shown_name(name, f, buf, size);
				return f + 1;
			}
		}
	return 0;
}

int sniff_qty_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		   size_t size)
{
	/* not a price's name that holds a count's (St\xC3\xBCckpreis), nor a stock's (Stock Qty,
	 * Qty On Hand: t74 F16) */
	int f = unused_named(name, n, col, maybe_qty, stock_words, buf, size);
	return f ? f : unused_holding_role(name, n, col, RR_COL_QTY, RR_COL_PRICE, stock_words,
					   buf, size);
}

int sniff_email_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		     size_t size)
{
	static const char *const email_words[] = {"email", NULL};
	return unused_holding(name, n, col, email_words, buf, size);
}

/* Words of a price before a discount or a price not charged: Shopee's Original Price beside
 * its Deal Price, a list or recommended retail price */
static const char *const list_price_words[] = {"original", "list", "regular", "compare", "msrp",
					       "rrp", "retail", "before", NULL};

/* Words of what the shop paid for its goods, never what its customer did: a cost, a purchase
 * price (Prix d'achat, Precio de coste, Einkaufspreis, EK-Preis, Inkoopprijs, Prezzo di
 * acquisto, Cena zakupu, Al\xC4\xB1\xC5\x9F fiyat\xC4\xB1, Purchase Price, \xE4\xBB\x95\xE5\x85\xA5\xE4\xBE\xA1\xE6\xA0\xBC, \xE8\xBF\x9B\xE4\xBB\xB7; t64 F13: offered as the price) */
static const char *const cost_price_words[] = {"cost", "achat", "purchaseprice", "buyingprice",
					       "einkauf", "ekpreis", "inkoop", "decompra",
					       "acquisto", "zakup", "al\xC4\xB1\xC5\x9F" "fiyat",
					       "alisfiyat", "\xD0\xB7\xD0\xB0\xD0\xBA\xD1\x83\xD0\xBF",
					       "\xE4\xBB\x95\xE5\x85\xA5", "\xE5\x8E\x9F\xE4\xBE\xA1",
					       "\xE8\xBF\x9B\xE4\xBB\xB7", "\xE6\x88\x90\xE6\x9C\xAC",
					       "\xE9\x87\x87\xE8\xB4\xAD", NULL};

/* Words of a price written only where a discount was given, blank elsewhere (WooCommerce's
 * Sale Price, Shopee's Deal Price, a Special Price): with a paid price's, sniff_sale_price. */
static const char *const sale_price_words[] = {"sale", "special", "deal", "promo",
					       "promotional", "offer", NULL};

int sniff_sale_price(const char *name)
{
	char norm[NORM_MAX];
	normalize(name, norm);
	return paid_price_of(name, norm) != 0 ||
	       (holds_word(norm, sale_price_words) && holds_role_name(norm, RR_COL_PRICE));
}

int sniff_list_price(const char *name)
{
	char norm[NORM_MAX];
	normalize(name, norm);
	return holds_word(norm, list_price_words) && holds_role_name(norm, RR_COL_PRICE) &&
	       !sniff_tax_excluded(name);
}

/* How far down the price hint offers unused column f, whose name holds a price's: a sale
 * price first, then one with tax in it (sniff_tax_included), one whose name says list price
 * (not Price before tax, which is net), and last a cost (cost_price_words). */
static int price_hint_rank(const char *name)
{
	char norm[NORM_MAX];
	normalize(name, norm);
	return 4 * holds_word(norm, cost_price_words) + 2 * sniff_list_price(name) +
	       sniff_tax_included(name);
}

/* Does the header name s end in a word of role_blind_words, an id's, a code's, a number's
 * (price_id, priceId, Price Code)? Such a column names a price, it holds none (t67 F12:
 * Stripe's price_id, its price_... strings or a stock code, was offered as the price). */
static int ends_blind(const char *s)
{
	size_t e = strlen(s), b;
	while (e > 0 && (unsigned char)s[e - 1] < 0x80 && !isalnum((unsigned char)s[e - 1]))
		e--;
	for (b = e; b > 0 && ((unsigned char)s[b - 1] >= 0x80 || isalnum((unsigned char)s[b - 1]));
	     b--)
		if (b < e && isupper((unsigned char)s[b]) && islower((unsigned char)s[b - 1]))
			break;   /* camelCase: priceId's Id */
	return b < e && b > 0 && sniff_name_index(s + b, e - b, role_blind_words) >= 0;
}

int sniff_price_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		     size_t size)
{
	int best = -1, rank = 0;
	for (int f = 0; f < n; f++) {
		char norm[NORM_MAX];
		if (field_role(col, f) >= 0 || ends_blind(name[f]))
			continue;
		normalize(name[f], norm);
		if (!holds_role_name(norm, RR_COL_PRICE))
			continue;
		int r = price_hint_rank(name[f]);
		if (best < 0 || r < rank) {
			best = f;
			rank = r;
		}
	}
	if (best >= 0)
		shown_name(name, best, buf, size);
	return best + 1;
}

/* Is column f an order's field on the lines read: written on fewer of them than the item (an
 * order's first line only), or changing only where the invoice does? Its value is the order's,
 * never a line's (t35 F2: Nuvemshop's Total, on an order's first line, was hinted as each
 * line's amount). */
static int order_field(const sniff_values *fill, const int col[RR_COL_N], int f)
{
	int item = col[RR_COL_ITEM];
	return fill && fill->rows && f < MAX_COLS &&
	       ((item >= 0 && item < MAX_COLS && fill->filled[f] < fill->filled[item]) ||
		per_invoice(fill, f, col[RR_COL_INVOICE]));
}

int sniff_money_hint(const char *const *name, int n, const int col[RR_COL_N],
		     const sniff_values *fill, char *buf, size_t size)
{
	for (int gross = 0; gross < 2; gross++)   /* a net or plain name before a gross one */
		for (int f = 0; f < n; f++)
			if (field_role(col, f) < 0 && sniff_tax_included(name[f]) == gross &&
			    !order_field(fill, col, f) &&
			    sniff_name_index(name[f], strlen(name[f]), maybe_money) >= 0) {
				shown_name(name, f, buf, size);
				return f + 1;
			}
	return 0;
}

/* Does s read as a telephone number: a '+' or a leading 0, then 8 to 15 digits that
 * blanks, dashes, dots or brackets may group (+380661234000, 0661 234 000, (089) 1234-567)?
 * An order's or a customer's number has no '+' nor such a 0 (t46 F4: Prom.ua's Телефон). */
static int phone_like(const char *s)
{
	size_t digits = 0, k = 0;
	if (s[0] != '+' && s[0] != '0' && s[0] != '(')
		return 0;
	for (k = s[0] == '+'; s[k]; k++)
		if (s[k] >= '0' && s[k] <= '9')
			digits++;
		else if (!strchr(" -.()", s[k]))
			return 0;
	return digits >= 8 && digits <= 15;
}

/* How plainly unused column f, filled on the lines read (fill) with more than a flag's
 * values, may name the customer whose column is empty: 1 an email on every line, 2 a
 * telephone, 3 a name of maybe_customer_words, 4 a code of letters and digits or a text that
 * starts with a letter and changes less often than the item (the buyer's name, an order's
 * field: Prom.ua's ПІБ покупця); 0 none (a product's name, status, money or date). */
static int customer_candidate(const char *const *name, const int col[RR_COL_N],
			      const sniff_values *fill, int f)
{
	char norm[NORM_MAX];
	int item = col[RR_COL_ITEM];
	if (field_role(col, f) >= 0 || f >= MAX_COLS || !filled(fill, f) || few_values(fill, f))
		return 0;
	if (seen_kind(fill, f) == VK_EMAIL)
		return 1;
	if (fill->kind[f] >= 0)
		return 0;
	normalize(name[f], norm);
	if (category_name(norm) || holds_word(norm, not_customer_words) ||
	    text_holds_role_word(norm, RR_COL_ITEM) || text_holds_role_word(norm, RR_COL_DATE) ||
	    text_holds_role_word(norm, RR_COL_QTY) || text_holds_role_word(norm, RR_COL_PRICE) ||
	    text_holds_role_word(norm, RR_COL_STATUS))
		return 0;
	if (item_field(fill, col, f))
		return 0;
	if (phone_like(fill->first[f]))
		return 2;
	if (maybe_customer_rank(name[f]))
		return 3;
	unsigned char c = (unsigned char)fill->first[f][0];
	int letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC0;
	if (code_like(fill, f) == 2 ||
	    (letter && item >= 0 && item < MAX_COLS &&
	     __builtin_popcountll(fill->changed[f]) < __builtin_popcountll(fill->changed[item])))
		return 4;
	return 0;
}

int sniff_customer_candidates(const char *const *name, int n, const int col[RR_COL_N],
			      const sniff_values *fill, char *buf, size_t size)
{
	int got = 0;
	size_t o = 0;
	buf[0] = '\0';
	if (!fill || !fill->rows)
		return 0;
	for (int rank = 1; rank <= 4 && got < 3; rank++)
		for (int f = 0; f < n && f < MAX_COLS && got < 3 && o < size; f++) {
			char shown[48];
			if (customer_candidate(name, col, fill, f) != rank)
				continue;
			o += (size_t)snprintf(buf + o, size - o, "%s'%s' ('%s')", got ? ", " : "",
					      shown_name(name, f, shown, sizeof shown),
					      fill->first[f]);
			got++;
		}
	if (o >= size)
		buf[size - 1] = '\0';
	return got;
}

/* How plainly unused column f names buyers on the lines kept (sniff_buyer_hint): 0 none, else
 * 1 e-mails, 2 a customer's or an account's name, 3 by its values alone; *distinct its
 * values. */
static int buyer_rank(const header *h, const int col[RR_COL_N], const sniff_values *v, int f,
		      unsigned *distinct)
{
	unsigned runs, back;
	const char *norm = h->norm[f];
	if (field_role(col, f) >= 0 || !filled(v, f) || few_values(v, f) || v->dated[f] ||
	    (seen_kind(v, f) >= 0 && seen_kind(v, f) != VK_EMAIL) || category_name(norm) ||
	    holds_word(norm, not_customer_words))
		return 0;
	for (int c = 0; c < RR_COL_N; c++)
		if (c != RR_COL_USER && c != RR_COL_INVOICE && text_holds_role_word(norm, c))
			return 0;
	if (seen_kind(v, f) != VK_EMAIL && strpbrk(v->first[f], ".,"))
		return 0;   /* an amount, a price */
	value_runs(v, f, &runs, &back, distinct);
	if (!back || *distinct < 4 || no_buyer(h, col, v, f))
		return 0;
	if (seen_kind(v, f) == VK_EMAIL)
		return 1;
	return holds_role_word(h, f, RR_COL_USER) || maybe_customer_rank(h->name[f]) ? 2 : 3;
}

int sniff_buyer_hint(const char *const *name, int n, const int col[RR_COL_N],
		     const sniff_values *fill, char *buf, size_t size)
{
	header *h = malloc(sizeof *h);
	int own[RR_COL_N], taken[MAX_COLS], best = -1, best_rank = 0;
	unsigned best_distinct = 0;
	buf[0] = '\0';
	if (!h || !fill || kept_lines(fill) < 8) {
		free(h);
		return 0;
	}
	header_init(h, name, n, "", ',', own, taken);
	for (int f = 0; f < h->n; f++) {
		unsigned d;
		int r = buyer_rank(h, col, fill, f, &d);
		if (r && (best < 0 || r < best_rank || (r == best_rank && d > best_distinct))) {
			best = f;
			best_rank = r;
			best_distinct = d;
		}
	}
	if (best >= 0)
		shown_name(name, best, buf, size);
	free(h);
	return best >= 0;
}

/* How plainly unused column f of codes holds items' (sniff_item_code_hint): 0 not, 1 its
 * name holds an item's word, 2 of no other role's it changes inside an order (the invoice
 * filled) on the lines kept. */
static int item_code_rank(const header *h, const int col[RR_COL_N], const sniff_values *v, int f)
{
	static const int other[] = {RR_COL_USER, RR_COL_INVOICE, RR_COL_DATE, RR_COL_QTY,
				    RR_COL_PRICE, RR_COL_AMOUNT, RR_COL_STATUS};
	int inv = col[RR_COL_INVOICE], desc = col[RR_COL_ITEM];
	unsigned roles;
	if (field_role(col, f) >= 0 || !filled(v, f) || few_values(v, f) || v->dated[f] ||
	    category_name(h->norm[f]) || holds_word(h->norm[f], not_customer_words))
		return 0;
	/* the description changes where f does not: f is coarser than the items, an order's
	 * number or a group's, never their code (t72 F17: Acumatica's Order Nbr. was offered,
	 * 443 one-order "items") */
	if (desc >= 0 && desc < MAX_COLS && changes_within(v, desc, f) >= 2)
		return 0;
	/* a bare code's word (Business Central's No., Subiekt's Symbol) over values that change
	 * inside an order, none of them a line's number: whole numbers of five digits are
	 * codes there, which code_like takes for counts (t64 F7: BC's item No. unsaid) */
	if (bare_code_word(h, f) && !h->money[f] && 2 * v->counting[f] < v->filled[f] &&
	    inv >= 0 && inv < MAX_COLS && filled(v, inv) && changes_within(v, f, inv))
		return 2;
	if (!code_like(v, f))   /* a code system's by its name: JANコード's full-width digits
	                           (t63 F21), an EAN of 13 digits, which code_like takes for a
	                           number */
		return sniff_group_kind(h->name[f], &roles) == SNIFF_GROUP_PRODUCT ? 1 : 0;
	if (holds_role_word(h, f, RR_COL_ITEM))
		return 1;   /* (an item's word is a price's too: item_price; a code is no price) */
	for (size_t k = 0; k < sizeof other / sizeof *other; k++)
		if (holds_role_word(h, f, other[k]))
			return 0;
	/* one code to each description and back (Acumatica's Inventory ID, of no item's word):
	 * the items' codes, with no invoice column to watch them change inside an order */
	if (desc >= 0 && desc < MAX_COLS && fixes_value(v, f, desc) && fixes_value(v, desc, f))
		return 2;
	return inv >= 0 && inv < MAX_COLS && filled(v, inv) && changes_within(v, f, inv) ? 2 : 0;
}

int sniff_item_code_hint(const char *const *name, int n, const int col[RR_COL_N],
			 const sniff_values *fill, char *buf, size_t size)
{
	header *h = malloc(sizeof *h);
	int own[RR_COL_N], taken[MAX_COLS], best = -1, best_rank = 0, item = col[RR_COL_ITEM];
	buf[0] = '\0';
	if (!h || !fill || kept_lines(fill) < 2) {
		free(h);
		return 0;
	}
	header_init(h, name, n, "", ',', own, taken);
	for (int f = 0; f < h->n; f++) {
		int r = item_code_rank(h, col, fill, f);
		if (r && (best < 0 || r < best_rank)) {
			best = f;
			best_rank = r;
		}
	}
	free(h);
	if (best >= 0) {
		shown_name(name, best, buf, size);
		return 1;
	}
	return item >= 0 && item < MAX_COLS && filled(fill, item) && code_like(fill, item) == 2 ? 2
												: 0;
}

int sniff_user_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		    size_t size)
{
	for (int f = 0; f < n; f++) {
		char norm[NORM_MAX];
		int lv = -1;
		if (field_role(col, f) >= 0)
			continue;
		normalize(name[f], norm);
		if (alias_role(norm, &lv) == RR_COL_USER) {
			shown_name(name, f, buf, size);
			return 1;
		}
	}
	return 0;
}

/* The code point of the valid UTF-8 sequence s[0..len) when it is invisible, else 0: printed
 * as nothing (uwidth_ignorable: soft hyphen, zero-width ones, direction marks, tags, the byte
 * order mark), as a plain blank (uwidth_blank: no-break and other spaces, the line and
 * paragraph separators) or a C1 control; in a message they would hide what is wrong with a
 * field ("5/21/2023, 4:29:00\u202FPM"). */
static unsigned invisible_at(const char *s, size_t len)
{
	unsigned long cp;
	if (textesc_utf8((const unsigned char *)s, len, &cp) != len)
		return 0;
	if (uwidth_ignorable(cp) || uwidth_blank(cp) || (cp >= 0x80 && cp < 0xA0))
		return (unsigned)cp;
	return 0;
}

const char *sniff_printable(char *dst, size_t cap, const char *s, size_t n, size_t max)
{
	size_t o = 0, i = 0;
	while (i < n && i < max && o + 8 < cap) {
		unsigned char c = (unsigned char)s[i];
		size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
			     : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
		int valid = len > 1 && i + len <= n && ingest_utf8_valid(s + i, len);
		unsigned cp = valid ? invisible_at(s + i, len) : 0;
		char esc[8];
		size_t el;
		if (c >= 0x20 && c < 0x7F) {
			dst[o++] = (char)c;
			i++;
		} else if (c < 0x20 || c == 0x7F) {   /* t43 #11: \e and \a as SAFETY says, as data */
			textesc_char(s + i, n - i, 0, esc, &el);   /* cells are shown (textesc.h) */
			o += (size_t)snprintf(dst + o, cap - o, "%s", esc);
			i++;
		} else if (cp) {
			o += (size_t)snprintf(dst + o, cap - o, "\\u%04X", cp);
			i += len;
		} else if (valid && o + len < cap - 8) {
			memcpy(dst + o, s + i, len);
			o += len;
			i += len;
		} else if (valid) {
			break;   /* no room for the whole character: cut before it, not inside */
		} else {
			o += (size_t)snprintf(dst + o, cap - o, "\\x%02X", c);
			i++;
		}
	}
	if ((n > max || i < n) && o + 4 < cap) {
		memcpy(dst + o, "...", 3);
		o += 3;
	}
	dst[o] = '\0';
	return dst;
}
