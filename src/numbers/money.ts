// Money in Indian rupees: an amount with a currency word before it ("Rs 11,300", "₹40,000", "Rs. 5 lakh"), after it
// ("40 हजार रुपये", "1.5 crore rupees", "500/-") or a cash word next to it ("55 हजार नकद", "नकदी 55 हजार",
// "5 lakh in cash"). Other currencies are not reported: a "$10" is not an amount in INR.

import { LEX } from "./lexicon.js";
import { type Ctx, clean } from "./parse.js";
import { type Found, scanNumbers } from "./scan.js";
import { Tokens } from "./tokens.js";

export interface MoneyMatch {
  start: number;
  end: number;
  amountInr: number;
  rule: string;
}

/** a currency word ending right before token `s` ("Rs", "Rs.", "₹", "रु.") */
function currencyBefore(ctx: Ctx, n: Found): number | null {
  const tk = ctx.tk;
  let b = n.s;
  for (let pass = 0; pass < 2; pass++) {
    const m = LEX.currencyBefore.matchEndingAt(tk, b, ctx.roman);
    if (m && !tk.lineBreakBefore(b)) return m.start;
    if (n.kind === "digits") {
      const d = LEX.currencyBeforeDigits.matchEndingAt(tk, b, ctx.roman);
      if (d && !tk.lineBreakBefore(b)) return d.start;
    }
    // "Rs. 5 lakh", "रु. 500"
    if (!tk.isP(b - 1, ".")) break;
    b--;
  }
  return null;
}

export function findMoney(text: string, opts?: { romanHindi?: boolean }): MoneyMatch[] {
  const tk = new Tokens(text);
  const ctx: Ctx = { tk, roman: opts?.romanHindi === true };
  const nums = scanNumbers(ctx);
  const byStart = new Map<number, Found>();
  for (const n of nums) byStart.set(n.s, n);
  const out: MoneyMatch[] = [];
  let consumed = 0;
  for (const n of nums) {
    if (n.s < consumed || !(n.value > 0)) continue;
    let s = n.s;
    let e = n.e;
    let amount = n.value;
    let rule: string | null = null;

    const cb = currencyBefore(ctx, n);
    if (cb !== null) {
      s = cb;
      rule = "money_currency_before";
    }
    // "500/- रुपये": a "/-" and then a currency word may both follow
    for (let pass = 0; pass < 2; pass++) {
      const ca = tk.lineBreakBefore(e) ? null : LEX.currencyAfter.match(tk, e, ctx.roman);
      if (!ca) break;
      e = ca.end;
      rule ??= "money_currency_after";
    }
    if (rule) {
      // paise: "20 रुपये 50 पैसे", "20 rupees 43" (at the end of a clause)
      const p = byStart.get(e);
      if (p && p.kind === "digits" && p.high === undefined && p.value > 0 && p.value < 100 && !tk.lineBreakBefore(e)) {
        const pw = LEX.paise.match(tk, p.e, ctx.roman);
        if (pw) {
          amount += p.value / 100;
          e = pw.end;
        } else if (p.e >= tk.length || tk.isPunct(p.e)) {
          amount += p.value / 100;
          e = p.e;
        }
      }
    } else {
      // cash after: "55 हजार नकद", "55 हजार की नकदी", "5 lakh in cash"
      const link = LEX.cashLinks.match(tk, e, ctx.roman);
      const cw = LEX.cash.match(tk, link ? link.end : e, ctx.roman);
      if (cw && !tk.lineBreakBefore(e)) {
        e = cw.end;
        rule = "money_cash_after";
      } else if (LEX.cash.matchEndingAt(tk, n.s, ctx.roman) && !tk.lineBreakBefore(n.s)) {
        rule = "money_cash_before";
      }
    }
    if (!rule) continue;
    out.push({ start: tk.start[s]!, end: tk.end[e - 1]!, amountInr: clean(amount), rule });
    consumed = e;
  }
  return out;
}
