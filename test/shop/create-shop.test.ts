import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/log.js';
import { createShopConnector } from '../../core/shop/create-shop.js';
import { ResilientConnector } from '../../core/shop/resilient-connector.js';
import { teaProducts } from './shop-fixtures.js';

const parts = { log: silentLogger, products: () => teaProducts };

describe('SHOP_CONNECTOR', () => {
  it('defaults to the demo shop in DATA_DIR/shop, behind the resilient wrapper', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/xiaoer-shop-config' });
    expect(config).toMatchObject({ SHOP_CONNECTOR: 'demo', SHOP_TIMEOUT_MS: 2500 });
    const shop = createShopConnector(config, parts);
    expect(shop).toBeInstanceOf(ResilientConnector);
    expect((shop as ResilientConnector).inner.name).toBe('demo');
  });

  it('builds the HTTP and Shopify connectors from their settings, and none for none', () => {
    const http = createShopConnector(loadConfig({ SHOP_CONNECTOR: 'http', SHOP_HTTP_URL: 'https://erp.example.test/x', SHOP_HTTP_TOKEN: 't' }), parts);
    expect((http as ResilientConnector).inner.name).toBe('http');
    const shopify = createShopConnector(loadConfig({ SHOP_CONNECTOR: 'shopify', SHOPIFY_SHOP: 'tea-house', SHOPIFY_ACCESS_TOKEN: 'shpat_x' }), parts);
    expect((shopify as ResilientConnector).inner.name).toBe('shopify');
    expect(createShopConnector(loadConfig({ SHOP_CONNECTOR: 'none' }), parts)).toBeUndefined();
  });

  it('names what is missing', () => {
    expect(() => loadConfig({ SHOP_CONNECTOR: 'http' })).toThrow(/SHOP_CONNECTOR=http needs SHOP_HTTP_URL/u);
    expect(() => loadConfig({ SHOP_CONNECTOR: 'shopify', SHOPIFY_SHOP: 'x' })).toThrow(/SHOPIFY_ACCESS_TOKEN/u);
    expect(() => loadConfig({ SHOP_CONNECTOR: 'magento' })).toThrow(ConfigError);
    expect(() => loadConfig({ SHOP_TIMEOUT_MS: 'soon' })).toThrow(/SHOP_TIMEOUT_MS/u);
  });
});
