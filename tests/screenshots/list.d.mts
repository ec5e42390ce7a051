export interface Screenshot {
  view: string;
  src: string;
  sizes: string;
  type: string;
  form_factor: 'narrow' | 'wide';
  label: string;
}
export declare const SCREENSHOTS: Screenshot[];
