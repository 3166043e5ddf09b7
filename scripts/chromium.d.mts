export declare const CHROMIUM: string;
export declare const CHROMIUM_LAUNCH: { executablePath: string; args: string[] };
