// Errors in the contract's shape: { error: { code, message, field? } }, with messages that say what to fix. Schema
// validation errors (ajv) are rewritten from "must be <= 500" into "limit must be at most 500 (got 900)".

export type ErrorCode = "bad_request" | "not_found" | "too_large" | "unsupported" | "internal";

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string, field?: string) => new ApiError(400, "bad_request", message, field);
export const notFound = (message: string) => new ApiError(404, "not_found", message);

export function errorBody(code: ErrorCode, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}

/** What ajv reports for one failed check (the fields we read; `data` needs ajv's verbose option). */
export interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  data?: unknown;
}

const WHERE: Record<string, string> = {
  querystring: "query parameter",
  params: "path parameter",
  body: "body field",
  headers: "header",
};

const got = (e: AjvError) => (e.data === undefined ? "" : ` (got ${JSON.stringify(e.data)})`);

/** One ajv error as a sentence that names the parameter, says what it must be and what it was. */
export function describeValidation(e: AjvError, context: string): { message: string; field?: string } {
  const path = e.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const where = WHERE[context] ?? context;
  const p = e.params;
  if (e.keyword === "required") {
    const field = path ? `${path}.${String(p.missingProperty)}` : String(p.missingProperty);
    return { message: `the ${where} "${field}" is required`, field };
  }
  if (!path && context === "body")
    return {
      message: `the body must be a JSON object${e.keyword === "type" ? got(e) : ""}: ${e.message ?? "see /api/openapi.json"}`,
    };
  const name = path || context;
  const field = path || undefined;
  switch (e.keyword) {
    case "maximum":
      return { message: `${where} ${name} must be at most ${String(p.limit)}${got(e)}`, field };
    case "minimum":
      return { message: `${where} ${name} must be at least ${String(p.limit)}${got(e)}`, field };
    case "type":
      return {
        message: `${where} ${name} must be ${p.type === "integer" ? "a whole number" : `of type ${String(p.type)}`}${got(e)}`,
        field,
      };
    case "format":
      return {
        message:
          p.format === "date"
            ? `${where} ${name} must be a date YYYY-MM-DD${got(e)}`
            : `${where} ${name} must be a ${String(p.format)}${got(e)}`,
        field,
      };
    case "enum":
      return {
        message: `${where} ${name} must be one of ${(p.allowedValues as unknown[]).map(String).join(", ")}${got(e)}`,
        field,
      };
    case "minLength":
      return {
        message:
          p.limit === 1
            ? `${where} ${name} must not be empty`
            : `${where} ${name} must be at least ${String(p.limit)} characters`,
        field,
      };
    case "maxLength":
      return { message: `${where} ${name} must be at most ${String(p.limit)} characters`, field };
    case "pattern":
      return {
        message:
          name === "url"
            ? `${where} url must be an http(s) URL${got(e)}`
            : `${where} ${name} must match ${String(p.pattern)}${got(e)}`,
        field,
      };
    default:
      return { message: `${where} ${name} ${e.message ?? "is not valid"}${got(e)}`, field };
  }
}
