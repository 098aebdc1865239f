// What goes over the wire and comes back, independent of how it is sent (sandbox, direct, proxy).

/** An HTTP request as the REST API receives it: always a POST with a JSON body in a string. */
export interface WireRequest {
  method: 'POST';
  /** The full URL, query included (it carries the UserSig: treat it as a credential). */
  url: string;
  /** The body byte for byte, as sent. */
  body: string;
}

/** An HTTP response: the REST API answers 200 with the outcome in the JSON body. */
export interface WireResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}
