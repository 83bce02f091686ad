<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" version="3.22.16-Białowieża" simplifyDrawingTol="1" symbologyReferenceScale="-1" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" minScale="100000000" readOnly="0" maxScale="0" simplifyLocal="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" startField="" durationField="" fixedDuration="0" mode="0" durationUnit="min" accumulate="0" endField="" endExpression="" startExpression="" limitMode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" symbollevels="0" attr="coalesce(nullif(trim(to_string(&quot;controlled_by&quot;)), ''), '(none)')" enableorderby="0" type="categorizedSymbol" forceraster="0">
    <categories>
      <category symbol="0" render="true" label="Regime Control" value="regime"/>
      <category symbol="1" render="true" label="Rebel Control" value="rebel"/>
      <category symbol="2" render="true" label="ISIS Control" value="isis"/>
      <category symbol="3" render="true" label="JN Control" value="jn"/>
      <category symbol="4" render="true" label="YPG Control" value="kurdish"/>
      <category symbol="5" render="true" label="ISIS, JN, and Rebel Control" value="isis+jn+rebel"/>
      <category symbol="6" render="true" label="JN and Rebel Control" value="jn+rebel"/>
      <category symbol="7" render="true" label="Regime and YPG Control" value="kurdish+regime"/>
      <category symbol="8" render="true" label="Not in any mapped faction's territory" value="(none)"/>
      <category symbol="9" render="true" label="Other" value=""/>
    </categories>
    <symbols>
      <symbol name="0" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,0,0,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,0,0,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="0,221,0,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="0,221,0,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="0,0,0,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="0,0,0,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="102,136,170,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="102,136,170,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,68,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,68,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="5" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="79,122,79,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="79,122,79,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SimpleMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="0,0,0,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.15"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="1.8"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="0,0,0,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.15"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="1.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="6" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="51,179,140,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="51,179,140,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SimpleMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="102,136,170,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.15"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="1.8"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="102,136,170,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.15"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="1.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="7" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,153,34,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,153,34,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SimpleMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="cap_style" type="QString" value="square"/>
            <Option name="color" type="QString" value="255,255,68,255"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="name" type="QString" value="circle"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.15"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="1.8"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="255,255,68,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.15"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="1.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="8" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="51,51,51,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="51,51,51,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="9" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="176,176,176,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="34,34,34,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="176,176,176,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="controlled_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="controlled_by" name="" index="0"/>
  </aliases>
  <defaults>
    <default field="controlled_by" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="controlled_by" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="controlled_by" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
