// The shop connector the configuration asks for (SHOP_CONNECTOR), always behind the resilient wrapper.
import path from 'node:path';
import type { Config } from '../config.js';
import type { Product } from '../knowledge/schema.js';
import type { Logger } from '../log.js';
import { DemoShop } from './demo-shop.js';
import { HttpConnector } from './http-connector.js';
import { ResilientConnector } from './resilient-connector.js';
import type { ShopConnector } from './shop-connector.js';
import { ShopifyConnector } from './shopify-connector.js';

export type ShopSettings = Pick<
  Config,
  'SHOP_CONNECTOR' | 'SHOP_HTTP_URL' | 'SHOP_HTTP_TOKEN' | 'SHOPIFY_SHOP' | 'SHOPIFY_ACCESS_TOKEN' | 'SHOPIFY_API_VERSION' | 'SHOP_TIMEOUT_MS' | 'dataDir'
>;

export interface ShopParts {
  log: Logger;
  /** The current catalogue (the demo shop seeds from it and answers product questions with it). */
  products: () => readonly Product[];
  now?: () => number;
}

/** The demo shop's folder under DATA_DIR. */
export const demoShopDir = (dataDir: string) => path.join(dataDir, 'shop');

export function createShopConnector(settings: ShopSettings, parts: ShopParts): ShopConnector | undefined {
  let inner: ShopConnector;
  switch (settings.SHOP_CONNECTOR) {
    case 'none':
      return undefined;
    case 'http':
      inner = new HttpConnector({ baseUrl: settings.SHOP_HTTP_URL!, token: settings.SHOP_HTTP_TOKEN });
      break;
    case 'shopify':
      inner = new ShopifyConnector({ shop: settings.SHOPIFY_SHOP!, accessToken: settings.SHOPIFY_ACCESS_TOKEN!, apiVersion: settings.SHOPIFY_API_VERSION });
      break;
    default:
      inner = new DemoShop({ dir: demoShopDir(settings.dataDir), products: parts.products, now: parts.now });
  }
  return new ResilientConnector(inner, { timeoutMs: settings.SHOP_TIMEOUT_MS, log: parts.log.child({ shop: inner.name }), now: parts.now });
}
