/** A credit as the Content Manager's input takes it (not the compliance snapshot's `Attribution`). */
export interface CreditInput {
  kind: string;
  licence: string;
  rightsHolder: string;
  creditLine: string;
}

/** A social post that meets every rule of the default policy once attested and approved. */
export declare const compliantPost: (title?: string) => {
  title: string;
  body: string;
  category: string;
  channels: string[];
  attributions: CreditInput[];
};
